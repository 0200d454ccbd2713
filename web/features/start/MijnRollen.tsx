import type { HuidigeSessie } from '../../../common/api/sessies.js';
import { Heading, Link, Paragraph, TableContainer } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';
import { useMijnDriehoeken } from './useMijnDriehoeken.js';

export function MijnRollen({ sessie }: { sessie: HuidigeSessie }) {
  const { t, datum } = useI18n();
  const driehoeken = new Map((useMijnDriehoeken(sessie).data ?? []).map((d) => [d.id, d.naam]));
  return (
    <section className="dh-section" aria-labelledby="mijn-rollen">
      <Heading level={2} id="mijn-rollen">{t('start.rollen')}</Heading>
      {sessie.rollen.length === 0 ? (
        <Paragraph>{t('start.geenRollen')}</Paragraph>
      ) : (
        <TableContainer label={t('start.rollen')}>
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption rhc-visually-hidden">{t('start.rollen')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">{t('rollen.rol')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('rollen.organisatie')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('rollen.driehoek')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('rollen.geldigVan')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('rollen.geldigTot')}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {sessie.rollen.map((rol) => (
                <tr className="utrecht-table__row" key={rol.rolId}>
                  <th scope="row" className="utrecht-table__header-cell">{t(`rol.${rol.rol}`)}</th>
                  <td className="utrecht-table__cell">
                    {rol.organisatieId && rol.organisatieNaam
                      ? <Link to={`/organisaties/${rol.organisatieId}`}>{rol.organisatieNaam}</Link>
                      : t('rollen.heleInstallatie')}
                  </td>
                  <td className="utrecht-table__cell">
                    {rol.driehoekId ? <Link to={`/driehoeken/${rol.driehoekId}`}>{driehoeken.get(rol.driehoekId) ?? t('rollen.driehoek')}</Link> : ''}
                  </td>
                  <td className="utrecht-table__cell">{datum(rol.geldigVan)}</td>
                  <td className="utrecht-table__cell">{rol.geldigTot ? datum(rol.geldigTot) : t('rollen.onbepaald')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableContainer>
      )}
    </section>
  );
}
