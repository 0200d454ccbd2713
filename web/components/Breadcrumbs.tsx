import { Link } from 'react-router';
import { useT } from '../i18n/index.js';

export interface Crumb {
  label: string;
  to?: string;
}

/** Breadcrumb navigation; the last crumb is the current page and is not a link. */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const t = useT();
  if (crumbs.length === 0) return null;
  const all: Crumb[] = [{ label: t('kruimel.start'), to: '/' }, ...crumbs];
  return (
    <nav className="utrecht-breadcrumb-nav dh-breadcrumbs" aria-label={t('kruimel.label')}>
      <ol className="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
        {all.map((crumb, index) => {
          const isCurrent = index === all.length - 1;
          return (
            <li className="utrecht-breadcrumb-nav__item" key={`${index}-${crumb.label}`}>
              {isCurrent || !crumb.to ? (
                <span className="utrecht-breadcrumb-nav__link utrecht-breadcrumb-nav__link--current" aria-current={isCurrent ? 'page' : undefined}>
                  {crumb.label}
                </span>
              ) : (
                <Link className="nl-link utrecht-breadcrumb-nav__link" to={crumb.to}>{crumb.label}</Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
