import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Persoon } from '../../../common/api/personen.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ConflictDialog } from '../../components/ConflictDialog.js';
import { ErrorMessage } from '../../components/Status.js';
import { Button } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { ApiError } from '../../lib/api.js';
import { useAnnounce } from '../../lib/announce.js';
import { updatePersoon } from './api.js';

/**
 * Deactivating stops someone logging in (the server ends their sessions at once) while their
 * roles and history stay; activating lets them in again. Deactivating asks first.
 */
export function Activering({ persoon, onReload }: { persoon: Persoon; onReload: () => Promise<unknown> }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [vraag, setVraag] = useState(false);
  const [conflict, setConflict] = useState(false);
  const wijzig = useMutation({
    mutationFn: (isActief: boolean) => updatePersoon(persoon.id, persoon.version, { isActief }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['/personen', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['/personen'] });
      announce(saved.isActief ? t('personen.geactiveerd', { naam: saved.naam }) : t('personen.gedeactiveerd', { naam: saved.naam }));
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict) setConflict(true);
    },
    onSettled: () => setVraag(false),
  });
  const fout = wijzig.error instanceof ApiError && wijzig.error.isConflict ? null : wijzig.error;
  return (
    <>
      {persoon.isActief
        ? <Button onClick={() => setVraag(true)}>{t('personen.deactiveren')}</Button>
        : <Button busy={wijzig.isPending} disabled={wijzig.isPending} onClick={() => wijzig.mutate(true)}>{t('personen.activeren')}</Button>}
      {fout ? <ErrorMessage error={fout} /> : null}
      <ConfirmDialog
        open={vraag}
        title={t('personen.deactiverenVraag', { naam: persoon.naam })}
        text={t('personen.deactiverenUitleg')}
        confirmLabel={t('personen.deactiveren')}
        busy={wijzig.isPending}
        onConfirm={() => wijzig.mutate(false)}
        onClose={() => setVraag(false)}
      />
      <ConflictDialog
        open={conflict}
        onReload={() => {
          setConflict(false);
          wijzig.reset();
          void onReload();
        }}
        onClose={() => setConflict(false)}
      />
    </>
  );
}
