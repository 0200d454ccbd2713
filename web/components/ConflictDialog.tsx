import { useEffect, useRef } from 'react';
import { useT } from '../i18n/index.js';
import { Button, Heading, Paragraph } from './ui.js';

/**
 * Shown when a save answers 412: someone else saved the item since this user opened it.
 * A modal <dialog> keeps the focus inside and returns it on close. Reloading fetches the newest
 * version (and with it the new If-Match) while the form keeps what the user typed.
 */
export function ConflictDialog({ open, onReload, onClose }: { open: boolean; onReload: () => void; onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dh-dialog utrecht-alert-dialog"
      aria-labelledby="conflict-titel"
      aria-describedby="conflict-tekst"
      onClose={onClose}
      data-testid="conflict-dialog"
    >
      <Heading level={2} id="conflict-titel">{t('conflict.titel')}</Heading>
      <Paragraph id="conflict-tekst">{t('conflict.tekst')}</Paragraph>
      <div className="utrecht-action-group utrecht-action-group--row">
        <Button appearance="primary-action" onClick={onReload} autoFocus>{t('conflict.herladen')}</Button>
        <Button appearance="secondary-action" onClick={onClose}>{t('conflict.sluiten')}</Button>
      </div>
    </dialog>
  );
}
