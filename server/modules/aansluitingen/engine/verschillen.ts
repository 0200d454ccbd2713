import { normaliseerLabel } from './normaliseer.js';
import { totaalBudget } from './profiel.js';
import type { AansluitRij, Verschil } from './types.js';

/**
 * The fields that differ within a pair (issue 4: budget, fte, period, status). Budgets are
 * compared per year when both rows give years, else as totals; amounts in cents. A field one
 * side does not have is not a difference: that list simply does not keep it.
 */
export function verschillen(links: AansluitRij, rechts: AansluitRij): Verschil[] {
  const uit: Verschil[] = [];
  uit.push(...budgetVerschillen(links, rechts));
  const fteL = links.fte ?? somVan(links.ftePerJaar);
  const fteR = rechts.fte ?? somVan(rechts.ftePerJaar);
  if (fteL !== null && fteR !== null && Math.abs(fteL - fteR) >= 0.05) uit.push({ veld: 'fte', links: fteL, rechts: fteR });
  for (const veld of ['startdatum', 'einddatum'] as const) {
    const l = links[veld] ?? null;
    const r = rechts[veld] ?? null;
    if (l && r && l !== r) uit.push({ veld, links: l, rechts: r });
  }
  const statusL = links.status ?? null;
  const statusR = rechts.status ?? null;
  if (statusL && statusR && normaliseerLabel(statusL) !== normaliseerLabel(statusR)) {
    uit.push({ veld: 'status', links: statusL, rechts: statusR });
  }
  return uit;
}

function budgetVerschillen(links: AansluitRij, rechts: AansluitRij): Verschil[] {
  const jarenL = links.budgetPerJaar ?? null;
  const jarenR = rechts.budgetPerJaar ?? null;
  if (jarenL && jarenR && links.budgetTotaal == null && rechts.budgetTotaal == null) {
    const jaren = [...new Set([...Object.keys(jarenL), ...Object.keys(jarenR)])].map(Number).sort((a, b) => a - b);
    const gedeeld = jaren.filter((j) => typeof jarenL[j] === 'number' && typeof jarenR[j] === 'number');
    // Per year only when the lists cover the same years; otherwise the totals say more.
    if (gedeeld.length === jaren.length) {
      return gedeeld
        .filter((j) => jarenL[j] !== jarenR[j])
        .map((j) => ({ veld: `budget.${j}`, links: jarenL[j]!, rechts: jarenR[j]! }));
    }
  }
  const l = totaalBudget(links);
  const r = totaalBudget(rechts);
  return l !== null && r !== null && l !== r ? [{ veld: 'budget', links: l, rechts: r }] : [];
}

function somVan(perJaar: Record<number, number> | null | undefined): number | null {
  if (!perJaar) return null;
  const waarden = Object.values(perJaar).filter((v) => typeof v === 'number');
  return waarden.length ? Math.round(waarden.reduce((a, b) => a + b, 0) * 10) / 10 : null;
}
