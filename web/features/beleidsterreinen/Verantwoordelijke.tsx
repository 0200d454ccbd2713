import type { Beleidsterrein } from '../../../common/api/beleidsterreinen.js';
import { Link, StatusBadge } from '../../components/ui.js';
import { useT } from '../../i18n/index.js';

/** Who owns the policy, or a "wees" badge in words; a dissolved owner is named as such. */
export function Verantwoordelijke({ terrein }: { terrein: Beleidsterrein }) {
  const t = useT();
  const v = terrein.beleidsverantwoordelijke;
  if (!v) return <StatusBadge tone="warning">{t('beleidsterreinen.wees')}</StatusBadge>;
  return (
    <>
      <Link to={`/organisaties/${v.id}`}>{v.naam}</Link>
      {v.isActief ? null : <> <StatusBadge tone="warning">{t('beleidsterreinen.opgeheven')}</StatusBadge></>}
    </>
  );
}

export function verantwoordelijkeTekst(terrein: Beleidsterrein, t: ReturnType<typeof useT>) {
  const v = terrein.beleidsverantwoordelijke;
  if (!v) return t('beleidsterreinen.wees');
  return v.isActief ? v.naam : `${v.naam} (${t('beleidsterreinen.opgeheven')})`;
}
