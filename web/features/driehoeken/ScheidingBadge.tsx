import type { DriehoekSamenvatting } from '../../../common/api/driehoeken.js';
import { StatusBadge } from '../../components/ui.js';
import { type MessageKey, useT } from '../../i18n/index.js';

type T = (key: MessageKey) => string;

/** The state of the separation check in words: a warning, an exception, or in order. */
export function scheidingTekst(d: DriehoekSamenvatting, t: T) {
  if (d.heeftScheidingWaarschuwing) return t('driehoeken.scheidingWaarschuwing');
  if (d.scheidingUitzondering) return t('driehoeken.scheidingUitzondering');
  return t('driehoeken.scheidingInOrde');
}

export function ScheidingBadge({ driehoek }: { driehoek: DriehoekSamenvatting }) {
  const t = useT();
  const tone = driehoek.heeftScheidingWaarschuwing ? 'warning' : driehoek.scheidingUitzondering ? 'neutral' : 'ok';
  return <StatusBadge tone={tone}>{scheidingTekst(driehoek, t)}</StatusBadge>;
}
