import { useQueries } from '@tanstack/react-query';
import type { Beleidsterrein } from '../../../common/api/beleidsterreinen.js';
import type { Page as ApiPage } from '../../../common/api/common.js';
import type { HuidigeSessie } from '../../../common/api/sessies.js';
import { Alert, Heading, Link, ListItem, Paragraph, UnorderedList } from '../../components/ui.js';
import { useT } from '../../i18n/index.js';
import { api, queryString } from '../../lib/api.js';
import { useMijnDriehoeken } from './useMijnDriehoeken.js';

interface Aandacht {
  terrein: Beleidsterrein;
  reden: 'wees' | 'opgeheven';
}

/**
 * Beleidsterreinen of the person's agencies that nobody owns (wees) or whose owner was dissolved.
 * A beheerder sees them for all agencies. Shown only when there are any.
 */
export function MijnWeesTerreinen({ sessie }: { sessie: HuidigeSessie }) {
  const t = useT();
  const mijn = useMijnDriehoeken(sessie);
  // undefined = every agency (beheerder); otherwise one query per agency of the person's driehoeken.
  const agencies: (string | undefined)[] = sessie.isBeheerder ? [undefined] : (mijn.data ?? []).map((d) => d.uitvoeringsorganisatie.id);
  const lijsten = useQueries({
    queries: agencies.flatMap((uitvoerderId) => (['isWees', 'verantwoordelijkeInactief'] as const).map((filter) => ({
      queryKey: ['/beleidsterreinen', 'aandacht', uitvoerderId ?? 'alle', filter],
      queryFn: () => api<ApiPage<Beleidsterrein>>(`/beleidsterreinen${queryString({ [filter]: true, uitvoerderId, pageSize: 200, sort: 'naam' })}`),
      select: (page: ApiPage<Beleidsterrein>): Aandacht[] => page.items.map((terrein) => ({ terrein, reden: filter === 'isWees' ? 'wees' : 'opgeheven' })),
    }))),
  });
  const gezien = new Set<string>();
  const items = lijsten.flatMap((q) => q.data ?? []).filter((a) => !gezien.has(a.terrein.id) && gezien.add(a.terrein.id));
  if (items.length === 0) return null;
  return (
    <section className="dh-section" aria-labelledby="aandacht-wees">
      <Heading level={2} id="aandacht-wees">{t('start.wees')}</Heading>
      <Alert type="warning">
        <Paragraph>{sessie.isBeheerder ? t('start.weesUitlegBeheerder') : t('start.weesUitleg')}</Paragraph>
        <UnorderedList>
          {items.map(({ terrein, reden }) => (
            <ListItem key={terrein.id}>
              <Link to={`/beleidsterreinen/${terrein.id}`}>{terrein.naam}</Link>
              {' — '}
              {reden === 'wees'
                ? t('start.weesGeen')
                : t('start.weesOpgeheven', { naam: terrein.beleidsverantwoordelijke?.naam ?? '' })}
            </ListItem>
          ))}
        </UnorderedList>
      </Alert>
    </section>
  );
}
