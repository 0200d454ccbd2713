import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en } from './en.js';
import { formatBedrag, formatDatum, formatGetal, formatTijdstip, type Taal } from './format.js';
import { formatMessage, type Values } from './message.js';
import { type Catalogue, type MessageKey, nl } from './nl.js';

export type { MessageKey, Taal };

const CATALOGI: Record<Taal, Catalogue> = { nl, en };
export const TALEN: readonly Taal[] = ['nl', 'en'];
const OPSLAG = 'driehoek.taal';

export interface I18n {
  taal: Taal;
  setTaal: (taal: Taal) => void;
  t: (key: MessageKey, values?: Values) => string;
  datum: (iso: string | null | undefined) => string;
  tijdstip: (iso: string | null | undefined) => string;
  bedrag: (centen: number | null | undefined) => string;
  getal: (n: number | null | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialTaal(): Taal {
  try {
    const saved = localStorage.getItem(OPSLAG);
    if (saved === 'nl' || saved === 'en') return saved;
  } catch {
    // Storage may be blocked; Dutch is the default anyway.
  }
  return 'nl';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [taal, setTaalState] = useState<Taal>(initialTaal);

  useEffect(() => {
    // WCAG 3.1.1: the page's language is the interface language.
    document.documentElement.lang = taal;
  }, [taal]);

  const setTaal = useCallback((next: Taal) => {
    setTaalState(next);
    try {
      localStorage.setItem(OPSLAG, next);
    } catch {
      // Not remembered across visits; the switch still works.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const catalogue = CATALOGI[taal];
    return {
      taal,
      setTaal,
      t: (key, values) => formatMessage(catalogue[key] ?? nl[key] ?? key, values, taal),
      datum: (iso) => formatDatum(iso, taal),
      tijdstip: (iso) => formatTijdstip(iso, taal),
      bedrag: (centen) => formatBedrag(centen, taal),
      getal: (n) => formatGetal(n, taal),
    };
  }, [taal, setTaal]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n buiten I18nProvider');
  return ctx;
}

/** Shorthand for the translate function. */
export function useT() {
  return useI18n().t;
}
