import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';

export interface PortfolioScope {
  /** Which opdrachten: those of one agency, or of a commissioning organisation and all below it. */
  uitvoeringsorganisatieId?: string;
  opdrachtgeverBoomId?: string;
  /** Visibility over `o` (the opdrachten alias). */
  zichtbaar: SQL;
  status?: string | undefined;
  /** Years counted; null bounds mean no window. */
  jaarVan: number | null;
  jaarTot: number | null;
}

function basis(scope: PortfolioScope): SQL {
  const conditions: SQL[] = [scope.zichtbaar];
  if (scope.uitvoeringsorganisatieId) conditions.push(sql`o.uitvoeringsorganisatie_id = ${scope.uitvoeringsorganisatieId}`);
  if (scope.opdrachtgeverBoomId) {
    conditions.push(sql`o.opdrachtgever_id in (with recursive onder(id) as (
        select id from organisaties where id = ${scope.opdrachtgeverBoomId}
        union select c.id from organisaties c join onder on c.parent_id = onder.id
      ) select id from onder)`);
  }
  conditions.push(scope.status ? sql`o.status = ${scope.status}` : sql`o.status <> 'ingetrokken'`);
  if (scope.jaarVan !== null || scope.jaarTot !== null) {
    const van = scope.jaarVan ?? 1990;
    const tot = scope.jaarTot ?? 2100;
    conditions.push(sql`(exists (select 1 from opdracht_jaren j where j.opdracht_id = o.id and j.jaar between ${van}::int and ${tot}::int)
      or ((o.startdatum is not null or o.einddatum is not null)
        and coalesce(o.startdatum, '-infinity'::date) <= make_date(${tot}::int, 12, 31)
        and coalesce(o.einddatum, 'infinity'::date) >= make_date(${van}::int, 1, 1)))`);
  }
  return sql`select o.id, o.titel, o.opdrachtgever_id, o.uitvoeringsorganisatie_id, o.beleidsterrein_id, o.soort, o.status,
      o.startdatum, o.einddatum
    from opdrachten o where ${sql.join(conditions, sql` and `)}`;
}

export interface TotaalRow {
  g_og: number;
  g_uo: number;
  g_bt: number;
  g_soort: number;
  g_status: number;
  g_jaar: number;
  opdrachtgever_id: string | null;
  og_naam: string | null;
  og_afkorting: string | null;
  uitvoeringsorganisatie_id: string | null;
  uo_naam: string | null;
  uo_afkorting: string | null;
  beleidsterrein_id: string | null;
  bt_naam: string | null;
  soort: string | null;
  status: string | null;
  jaar: number | null;
  budget: string;
  fte: string;
  aantal: number;
}

/**
 * All totals in one pass with GROUPING SETS: overall, per year, per opdrachtgever (and year),
 * per uitvoeringsorganisatie (and year), per beleidsterrein, soort and status. Budget and fte
 * sum the years inside the window; `aantal` counts distinct opdrachten.
 */
export async function findTotalen(db: DbOrTx, scope: PortfolioScope): Promise<TotaalRow[]> {
  const jaarFilter = scope.jaarVan !== null || scope.jaarTot !== null
    ? sql`and j.jaar between ${scope.jaarVan ?? 1990}::int and ${scope.jaarTot ?? 2100}::int`
    : sql``;
  return queryRows<TotaalRow>(db, sql`
    with basis as (${basis(scope)}),
    regels as (
      select b.id, b.opdrachtgever_id, b.uitvoeringsorganisatie_id, b.beleidsterrein_id, b.soort, b.status, j.jaar, j.budget_cent, j.fte
        from basis b left join opdracht_jaren j on j.opdracht_id = b.id ${jaarFilter}
    ),
    totalen as (
      select grouping(opdrachtgever_id)::int as g_og, grouping(uitvoeringsorganisatie_id)::int as g_uo,
             grouping(beleidsterrein_id)::int as g_bt, grouping(soort)::int as g_soort, grouping(status)::int as g_status,
             grouping(jaar)::int as g_jaar,
             opdrachtgever_id, uitvoeringsorganisatie_id, beleidsterrein_id, soort, status, jaar,
             coalesce(sum(budget_cent), 0)::text as budget, coalesce(sum(fte), 0)::text as fte, count(distinct id)::int as aantal
        from regels
       group by grouping sets ((), (jaar), (opdrachtgever_id), (opdrachtgever_id, jaar), (uitvoeringsorganisatie_id),
                               (uitvoeringsorganisatie_id, jaar), (beleidsterrein_id), (soort), (status))
    )
    select t.*, og.naam as og_naam, og.afkorting as og_afkorting, uo.naam as uo_naam, uo.afkorting as uo_afkorting, bt.naam as bt_naam
      from totalen t
      left join organisaties og on og.id = t.opdrachtgever_id
      left join organisaties uo on uo.id = t.uitvoeringsorganisatie_id
      left join beleidsterreinen bt on bt.id = t.beleidsterrein_id`);
}

export interface TijdlijnRow {
  id: string;
  titel: string;
  opdrachtgever_id: string;
  og_naam: string;
  og_afkorting: string | null;
  uitvoeringsorganisatie_id: string;
  uo_naam: string;
  uo_afkorting: string | null;
  startdatum: string | null;
  einddatum: string | null;
  status: string;
}

/** The looptijd of each opdracht in scope, by startdatum (undated last). */
export async function findTijdlijn(db: DbOrTx, scope: PortfolioScope, limit: number): Promise<TijdlijnRow[]> {
  return queryRows<TijdlijnRow>(db, sql`
    with basis as (${basis(scope)})
    select b.id, b.titel, b.opdrachtgever_id, og.naam as og_naam, og.afkorting as og_afkorting,
           b.uitvoeringsorganisatie_id, uo.naam as uo_naam, uo.afkorting as uo_afkorting,
           b.startdatum::text as startdatum, b.einddatum::text as einddatum, b.status
      from basis b
      join organisaties og on og.id = b.opdrachtgever_id
      join organisaties uo on uo.id = b.uitvoeringsorganisatie_id
     order by b.startdatum nulls last, b.einddatum nulls last, b.titel, b.id
     limit ${limit}`);
}
