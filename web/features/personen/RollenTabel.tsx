import type { Rol } from '../../../common/api/personen.js';
import { Link, StatusBadge, TableContainer } from '../../components/ui.js';
import { useI18n } from '../../i18n/index.js';

/** Where a rol stands, in words: the badge's colour only repeats this text. */
export function useRolStatusTekst() {
  const { t, datum } = useI18n();
  return (r: Rol) => {
    if (r.status === 'gepland') return t('personen.statusGepland', { datum: datum(r.geldigVan) });
    if (r.status === 'beeindigd') return t('personen.statusBeeindigd', { datum: datum(r.geldigTot) });
    return r.geldigTot ? t('personen.statusActiefTot', { datum: datum(r.geldigTot) }) : t('rolStatus.actief');
  };
}

/** The roles of one person; roles that have not ended can be ended from here. */
export function RollenTabel({ persoonId, rollen, caption }: { persoonId: string; rollen: Rol[]; caption: string }) {
  const { t, datum } = useI18n();
  const statusTekst = useRolStatusTekst();
  return (
    <TableContainer label={caption}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('rollen.rol')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('rollen.organisatie')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('rollen.driehoek')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('rollen.geldigVan')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('rollen.geldigTot')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('organisaties.status')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('personen.acties')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rollen.map((r) => (
            <tr className="utrecht-table__row" key={r.id}>
              <th scope="row" className="utrecht-table__header-cell dh-row-header">{t(`rol.${r.rol}`)}</th>
              <td className="utrecht-table__cell">
                {r.organisatieId ? <Link to={`/organisaties/${r.organisatieId}`}>{r.organisatieNaam}</Link> : t('rollen.heleInstallatie')}
              </td>
              <td className="utrecht-table__cell">
                {r.driehoekId ? <Link to={`/driehoeken/${r.driehoekId}`}>{r.driehoekNaam}</Link> : t('algemeen.geen')}
              </td>
              <td className="utrecht-table__cell">{datum(r.geldigVan)}</td>
              <td className="utrecht-table__cell">{r.geldigTot ? datum(r.geldigTot) : t('rollen.onbepaald')}</td>
              <td className="utrecht-table__cell">
                <StatusBadge tone={r.status === 'actief' ? 'ok' : r.status === 'gepland' ? 'warning' : 'neutral'}>{statusTekst(r)}</StatusBadge>
              </td>
              <td className="utrecht-table__cell">
                {r.status !== 'beeindigd' ? (
                  <Link to={`/personen/${persoonId}/rollen/${r.id}/beeindigen`}>
                    {t('personen.rolBeeindigen')}
                    <span className="rhc-visually-hidden"> ({t(`rol.${r.rol}`)}{r.organisatieNaam ? `, ${r.organisatieNaam}` : ''}{r.driehoekNaam ? `, ${r.driehoekNaam}` : ''})</span>
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}
