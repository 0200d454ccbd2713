import { describe, expect, it } from 'vitest';
import { herkenKop, wijsKolommenToe } from './kolommen.js';

describe('header recognition', () => {
  it.each([
    ['Kenmerk', 'kenmerk'],
    ['Zaaknummer', 'kenmerk'],
    ['ID', 'kenmerk'],
    ['Opdracht-nr.', 'kenmerk'],
    ['Titel', 'titel'],
    ['Naam opdracht', 'titel'],
    ['NAAM  VAN DE OPDRACHT', 'titel'],
    ['Title', 'titel'],
    ['Omschrijving', 'omschrijving'],
    ['Beschrijving', 'omschrijving'],
    ['Opdrachtgever', 'opdrachtgever'],
    ['Opdrachtgevende directie', 'opdrachtgever'],
    ['DG', 'opdrachtgever'],
    ['Uitvoeringsorganisatie', 'uitvoeringsorganisatie'],
    ['Uitvoerder', 'uitvoeringsorganisatie'],
    ['Beleidsterrein', 'beleidsterrein'],
    ['Beleidsveld', 'beleidsterrein'],
    ['Soort opdracht', 'soort'],
    ['Type', 'soort'],
    ['Startdatum', 'startdatum'],
    ['Ingangsdatum', 'startdatum'],
    ['Start date', 'startdatum'],
    ['Einddatum', 'einddatum'],
    ['Looptijd tot', 'einddatum'],
    ['Budget', 'budget'],
    ['Bedrag (€)', 'budget'],
    ["Bedrag in euro's", 'budget'],
    ['Totaal bedrag', 'budget'],
    ['Kosten', 'budget'],
    ['FTE', 'fte'],
    ["Fte's", 'fte'],
    ['Formatie', 'fte'],
    ['Jaar', 'jaar'],
    ['Begrotingsjaar', 'jaar'],
    ['Status', 'status'],
    ['Fase', 'status'],
    ['Kenmerk opdrachtgever', 'kenmerkOpdrachtgever'],
    ['Kenmerk uitvoerder', 'kenmerkUitvoerder'],
    ['Kenmerk (uitvoeringsorganisatie)', 'kenmerkUitvoerder'],
  ])('recognises %s as %s', (kop, veld) => {
    expect(herkenKop(kop)?.veld).toBe(veld);
    expect(herkenKop(kop)?.jaar).toBeNull();
  });

  it.each([
    ['Begroting 2027', 'budget', 2027],
    ['budget 2026', 'budget', 2026],
    ['Bedrag 2028 (€)', 'budget', 2028],
    ['2027', 'budget', 2027],
    ['Raming 2029', 'budget', 2029],
    ['FTE 2027', 'fte', 2027],
    ['Formatie 2026', 'fte', 2026],
  ])('reads %s as %s for one year', (kop, veld, jaar) => {
    expect(herkenKop(kop)).toMatchObject({ veld, jaar });
  });

  it.each([
    ['Bedrag (x €1.000)', 1000],
    ['Bedrag x 1000', 1000],
    ['Budget (k€)', 1000],
    ['Begroting 2027 (x € 1.000)', 1000],
    ['Budget in duizenden', 1000],
    ['Budget (mln)', 1_000_000],
    ['Budget (x 1 mln)', 1_000_000],
    ['Bedrag (€)', 1],
  ])('reads the unit of %s', (kop, factor) => {
    expect(herkenKop(kop)?.factor).toBe(factor);
  });

  it('leaves unknown headers unused', () => {
    expect(herkenKop('Opmerkingen van de controller')).toBeNull();
    expect(herkenKop('')).toBeNull();
  });

  it('maps every field to at most one column: the most specific synonym wins', () => {
    const { mapping, onbekend } = wijsKolommenToe(['Nr', 'Zaaknummer', 'Naam', 'Titel', 'Notities'], 1);
    expect(mapping).toEqual({ kenmerk: 'Zaaknummer', titel: 'Titel' });
    expect(onbekend).toEqual(['Nr', 'Naam', 'Notities']);
  });

  it('takes a lone Omschrijving column as the title', () => {
    expect(wijsKolommenToe(['Kenmerk', 'Omschrijving', 'Bedrag'], 1).mapping).toEqual({ kenmerk: 'Kenmerk', titel: 'Omschrijving', budget: 'Bedrag' });
    expect(wijsKolommenToe(['Titel', 'Omschrijving'], 1).mapping).toEqual({ titel: 'Titel', omschrijving: 'Omschrijving' });
  });

  it('keeps one budget per year when a file has several year columns', () => {
    const { mapping } = wijsKolommenToe(['Titel', 'Begroting 2026', 'Begroting 2027', 'Budget 2028', 'Totaal'], 1);
    expect(mapping).toEqual({ titel: 'Titel', 'budget.2026': 'Begroting 2026', 'budget.2027': 'Begroting 2027', 'budget.2028': 'Budget 2028', budget: 'Totaal' });
  });

  it('lets an explicit mapping override what is recognised, and unmap with null', () => {
    const headers = ['Omschrijving opdracht', 'Titel', 'Bedrag', 'Code'];
    const { mapping, kolommen } = wijsKolommenToe(headers, 1, { titel: 'Omschrijving opdracht', omschrijving: 'titel', kenmerk: null, 'budget.2027': 'Bedrag' });
    expect(mapping).toEqual({ titel: 'Omschrijving opdracht', omschrijving: 'Titel', 'budget.2027': 'Bedrag' });
    expect(kolommen[2]).toMatchObject({ veld: 'budget', jaar: 2027, letter: 'C' });
  });

  it('reports a mapping that names a missing column or an unknown field', () => {
    const { problemen } = wijsKolommenToe(['Titel'], 3, { budget: 'Bedrag', prijs: 'Titel' });
    expect(problemen.map((p) => [p.rij, p.code])).toEqual([[3, 'kolom-ontbreekt'], [3, 'onbekend-veld']]);
    expect(problemen[0]!.melding).toBe("De kolom 'Bedrag' (voor budget) staat niet in de kopregel (rij 3)");
  });
});
