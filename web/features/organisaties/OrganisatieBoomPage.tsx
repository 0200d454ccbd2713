import { useMemo } from 'react';
import { Page } from '../../components/Page.js';
import { ErrorMessage, Loading } from '../../components/Status.js';
import { Link, Paragraph } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { type BoomKnoop, useOrganisatieBoom } from './api.js';

/**
 * The organisation tree as nested lists: screen readers announce the nesting level and the
 * number of items, and every node is a link to its detail page.
 */
export default function OrganisatieBoomPage() {
  const { t } = useI18n();
  const boom = useOrganisatieBoom();
  const children = useMemo(() => {
    const map = new Map<string | null, BoomKnoop[]>();
    for (const k of boom.data ?? []) {
      const list = map.get(k.parentId) ?? [];
      list.push(k);
      map.set(k.parentId, list);
    }
    for (const list of map.values()) list.sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
    return map;
  }, [boom.data]);

  return (
    <Page title={t('organisaties.boom')} crumbs={[{ label: t('nav.organisaties'), to: '/organisaties' }, { label: t('organisaties.boom') }]}>
      <Paragraph>{t('organisaties.boomUitleg')}</Paragraph>
      {boom.isPending ? <Loading /> : null}
      {boom.isError ? <ErrorMessage error={boom.error} onRetry={() => void boom.refetch()} /> : null}
      {boom.data ? <Takken knopen={children.get(null) ?? []} kinderen={children} isTop /> : null}
    </Page>
  );
}

function Takken({ knopen, kinderen, isTop }: { knopen: BoomKnoop[]; kinderen: Map<string | null, BoomKnoop[]>; isTop?: boolean }) {
  const { t } = useI18n();
  return (
    <ul className="dh-tree" aria-label={isTop ? t('organisaties.boom') : undefined}>
      {knopen.map((k) => (
        <li key={k.id}>
          <Link to={`/organisaties/${k.id}`}>{k.naam}</Link>
          <span className="dh-tree__meta">
            {' '}({t(`soort.${k.soort}`)}{k.afkorting ? `, ${k.afkorting}` : ''}{k.isActief ? '' : `, ${t('algemeen.inactief').toLowerCase()}`})
          </span>
          {kinderen.get(k.id)?.length ? <Takken knopen={kinderen.get(k.id)!} kinderen={kinderen} /> : null}
        </li>
      ))}
    </ul>
  );
}
