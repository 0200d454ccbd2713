import type { Driehoek, DriehoekPersoon } from '../../../common/api/driehoeken.js';
import { Heading, Link, ListItem, Paragraph, UnorderedList } from '../../components/ui.js';
import { useT } from '../../i18n/index.js';

/** The three corners of the driehoek, each with its organisations and the people in it today. */
export function Hoeken({ driehoek }: { driehoek: Driehoek }) {
  const t = useT();
  return (
    <div className="dh-corners">
      <section className="dh-corner" aria-labelledby="hoek-eigenaar">
        <Heading level={2} id="hoek-eigenaar">{t('driehoeken.hoekEigenaar')}</Heading>
        <Paragraph className="dh-corner__role">{t('driehoeken.hoekEigenaarUitleg')}</Paragraph>
        <Paragraph><Link to={`/organisaties/${driehoek.eigenaar.id}`}>{driehoek.eigenaar.naam}</Link></Paragraph>
        <Personen personen={driehoek.personen.eigenaar} />
      </section>
      <section className="dh-corner" aria-labelledby="hoek-opdrachtgever">
        <Heading level={2} id="hoek-opdrachtgever">{t('driehoeken.hoekOpdrachtgever')}</Heading>
        <Paragraph className="dh-corner__role">{t('driehoeken.hoekOpdrachtgeverUitleg')}</Paragraph>
        <UnorderedList>
          {driehoek.opdrachtgevers.map((g) => (
            <ListItem key={g.id}>
              <Link to={`/organisaties/${g.id}`}>{g.naam}</Link>
              {g.isCoordinerend ? <> <strong>({t('driehoeken.coordinerend')})</strong></> : null}
            </ListItem>
          ))}
        </UnorderedList>
        <Personen personen={driehoek.personen.opdrachtgever} />
      </section>
      <section className="dh-corner" aria-labelledby="hoek-opdrachtnemer">
        <Heading level={2} id="hoek-opdrachtnemer">{t('driehoeken.hoekOpdrachtnemer')}</Heading>
        <Paragraph className="dh-corner__role">{t('driehoeken.hoekOpdrachtnemerUitleg')}</Paragraph>
        <Paragraph><Link to={`/organisaties/${driehoek.uitvoeringsorganisatie.id}`}>{driehoek.uitvoeringsorganisatie.naam}</Link></Paragraph>
        <Personen personen={driehoek.personen.opdrachtnemer} />
      </section>
    </div>
  );
}

function Personen({ personen }: { personen: DriehoekPersoon[] }) {
  const t = useT();
  if (personen.length === 0) return <Paragraph>{t('driehoeken.geenPersonen')}</Paragraph>;
  return (
    <>
      <Heading level={3}>{t('driehoeken.personen')}</Heading>
      <UnorderedList>
        {personen.map((p) => (
          <ListItem key={p.rolId}>
            {p.naam}, {t(`rol.${p.rol}`).toLowerCase()}
            {p.organisatieNaam ? ` (${p.organisatieNaam})` : ''}
          </ListItem>
        ))}
      </UnorderedList>
    </>
  );
}
