import { useMemo } from 'react';
import { Page } from '../../components/Page.js';
import { ErrorMessage, Loading } from '../../components/Status.js';
import { Link, Paragraph, StatusBadge } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { type TerreinKnoop, useBeleidsterreinBoom } from './api.js';

export default function BeleidsterreinBoomPage() {
  const { t } = useI18n();
  const boom = useBeleidsterreinBoom();
  const kinderen = useMemo(() => {
    const map = new Map<string | null, TerreinKnoop[]>();
    for (const k of boom.data ?? []) map.set(k.parentId, [...(map.get(k.parentId) ?? []), k]);
    for (const list of map.values()) list.sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
    return map;
  }, [boom.data]);
  return (
    <Page title={t('beleidsterreinen.boom')} crumbs={[{ label: t('nav.beleidsterreinen'), to: '/beleidsterreinen' }, { label: t('beleidsterreinen.boom') }]}>
      <Paragraph>{t('beleidsterreinen.boomUitleg')}</Paragraph>
      {boom.isPending ? <Loading /> : null}
      {boom.isError ? <ErrorMessage error={boom.error} /> : null}
      {boom.data ? <Takken knopen={kinderen.get(null) ?? []} kinderen={kinderen} label={t('beleidsterreinen.boom')} /> : null}
    </Page>
  );
}

function Takken({ knopen, kinderen, label }: { knopen: TerreinKnoop[]; kinderen: Map<string | null, TerreinKnoop[]>; label?: string }) {
  const { t } = useI18n();
  return (
    <ul className="dh-tree" aria-label={label}>
      {knopen.map((k) => (
        <li key={k.id}>
          <Link to={`/beleidsterreinen/${k.id}`}>{k.naam}</Link>
          {k.isWees ? <> <StatusBadge tone="warning">{t('beleidsterreinen.wees')}</StatusBadge></> : null}
          {kinderen.get(k.id)?.length ? <Takken knopen={kinderen.get(k.id)!} kinderen={kinderen} /> : null}
        </li>
      ))}
    </ul>
  );
}
