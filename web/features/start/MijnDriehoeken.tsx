import { useQuery } from '@tanstack/react-query';
import type { DriehoekSamenvatting } from '../../../common/api/driehoeken.js';
import type { Page as ApiPage } from '../../../common/api/common.js';
import type { HuidigeSessie } from '../../../common/api/sessies.js';
import { ErrorMessage, Loading } from '../../components/Status.js';
import { Alert, Heading, Link, ListItem, Paragraph, StatusBadge, UnorderedList } from '../../components/ui.js';
import { useT } from '../../i18n/index.js';
import { api, queryString } from '../../lib/api.js';
import { useMijnDriehoeken } from './useMijnDriehoeken.js';

/** The person's driehoeken, and those with a separation warning that needs them. */
export function MijnDriehoeken({ sessie }: { sessie: HuidigeSessie }) {
  const t = useT();
  const heeftDriehoekRol = sessie.rollen.some((r) => r.driehoekId);
  const mijn = useMijnDriehoeken(sessie);
  // A beheerder holds no rol in a driehoek but looks after all of them.
  const waarschuwingen = useQuery({
    queryKey: ['/driehoeken', 'waarschuwingen', sessie.isBeheerder],
    queryFn: () =>
      api<ApiPage<DriehoekSamenvatting>>(
        `/driehoeken${queryString({ mijn: sessie.isBeheerder ? undefined : true, heeftScheidingWaarschuwing: true, pageSize: 200, sort: 'naam' })}`,
      ),
    enabled: heeftDriehoekRol || sessie.isBeheerder,
  });

  return (
    <>
      {waarschuwingen.data && waarschuwingen.data.items.length > 0 ? (
        <section className="dh-section" aria-labelledby="aandacht-scheiding">
          <Heading level={2} id="aandacht-scheiding">{t('start.scheiding')}</Heading>
          <Alert type="warning">
            <Paragraph>{t('start.scheidingUitleg')}</Paragraph>
            <UnorderedList>
              {waarschuwingen.data.items.map((d) => (
                <ListItem key={d.id}>
                  <Link to={`/driehoeken/${d.id}`}>{d.naam}</Link>
                  {': '}
                  {d.scheidingWaarschuwingen.map((w) => w.omschrijving).join(' ')}
                </ListItem>
              ))}
            </UnorderedList>
          </Alert>
        </section>
      ) : null}
      {heeftDriehoekRol ? (
        <section className="dh-section" aria-labelledby="mijn-driehoeken">
          <Heading level={2} id="mijn-driehoeken">{t('start.driehoeken')}</Heading>
          {mijn.isPending ? <Loading /> : null}
          {mijn.isError ? <ErrorMessage error={mijn.error} onRetry={() => void mijn.refetch()} /> : null}
          {mijn.data ? (
            <UnorderedList>
              {mijn.data.map((d) => (
                <ListItem key={d.id}>
                  <Link to={`/driehoeken/${d.id}`}>{d.naam}</Link>
                  {' — '}
                  {t('driehoeken.eigenaar')}: {d.eigenaar.naam}
                  {d.heeftScheidingWaarschuwing ? <> <StatusBadge tone="warning">{t('driehoeken.scheidingWaarschuwing')}</StatusBadge></> : null}
                </ListItem>
              ))}
            </UnorderedList>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
