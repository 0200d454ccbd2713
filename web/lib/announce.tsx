import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';

type Announce = (message: string) => void;
const AnnounceContext = createContext<Announce>(() => {});

/**
 * One polite live region for results that arrive asynchronously ("12 resultaten", "Opgeslagen"),
 * so screen-reader users hear them without the focus moving (WCAG 4.1.3).
 */
export function AnnounceProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback<Announce>((next) => {
    // Clearing first makes a repeated message be announced again.
    setMessage('');
    window.setTimeout(() => setMessage(next), 50);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="rhc-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce() {
  return useContext(AnnounceContext);
}
