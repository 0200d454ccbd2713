import { useEffect, useRef } from 'react';
import { useT } from '../i18n/index.js';
import { Button, Heading, Paragraph } from './ui.js';

/** Asks before something that cannot be undone; a modal <dialog> holds the focus. */
export function ConfirmDialog({ open, title, text, confirmLabel, busy, onConfirm, onClose }: {
  open: boolean; title: string; text: string; confirmLabel: string; busy?: boolean; onConfirm: () => void; onClose: () => void;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dh-dialog" aria-labelledby="bevestig-titel" aria-describedby="bevestig-tekst" onClose={onClose}>
      <Heading level={2} id="bevestig-titel">{title}</Heading>
      <Paragraph id="bevestig-tekst">{text}</Paragraph>
      <div className="utrecht-action-group utrecht-action-group--row">
        <Button appearance="primary-action" busy={busy} disabled={busy} onClick={onConfirm}>{confirmLabel}</Button>
        <Button onClick={onClose} autoFocus>{t('formulier.annuleren')}</Button>
      </div>
    </dialog>
  );
}
