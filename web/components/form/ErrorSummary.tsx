import { useEffect, useRef } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { useT } from '../../i18n/index.js';
import { fieldId } from './fields.js';

interface Entry {
  name: string;
  message: string;
}

/** Flattens react-hook-form errors (nested objects and arrays) into name → message. */
export function flattenErrors(errors: FieldErrors, prefix = ''): Entry[] {
  const out: Entry[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === 'ref') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === 'string') {
      out.push({ name, message: (value as { message: string }).message });
    } else if (typeof value === 'object') {
      out.push(...flattenErrors(value as FieldErrors, name));
    }
  }
  return out;
}

export function ErrorSummary({ errors, labels, submitCount }: { errors: FieldErrors; labels: Map<string, string>; submitCount: number }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const entries = flattenErrors(errors);
  const hasErrors = entries.length > 0;

  useEffect(() => {
    // Each failed submit moves the focus here, so the user hears what to fix.
    if (submitCount > 0 && hasErrors) ref.current?.focus();
  }, [submitCount, hasErrors]);

  if (!hasErrors) return null;
  return (
    <div ref={ref} tabIndex={-1} className="utrecht-alert utrecht-alert--error dh-error-summary" aria-labelledby="foutenoverzicht-titel" role="group">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h2 id="foutenoverzicht-titel" className="nl-heading nl-heading--level-3">
            {t('formulier.foutenTitel', { aantal: entries.length })}
          </h2>
          <p className="nl-paragraph">{t('formulier.foutenIntro')}</p>
          <ul className="utrecht-unordered-list">
            {entries.map((entry) => (
              <li className="utrecht-unordered-list__item" key={entry.name}>
                <a
                  className="nl-link"
                  href={`#${fieldId(entry.name)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(fieldId(entry.name))?.focus();
                  }}
                >
                  {labels.get(entry.name) ?? labels.get(entry.name.split('.')[0] ?? '') ?? entry.name}: {entry.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
