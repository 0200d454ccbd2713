import { type ReactNode, useEffect, useRef } from 'react';
import { useT } from '../i18n/index.js';
import { Breadcrumbs, type Crumb } from './Breadcrumbs.js';
import { Heading } from './ui.js';

let isFirstPage = true;

/**
 * Frame of every screen: document title (WCAG 2.4.2), breadcrumbs and the h1. After a
 * client-side navigation the focus moves to the h1, so keyboard and screen-reader users start
 * at the new content as they would after a page load.
 */
export function Page({ title, crumbs = [], actions, children }: { title: string; crumbs?: Crumb[]; actions?: ReactNode; children: ReactNode }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} — ${t('app.naam')}`;
  }, [title, t]);

  useEffect(() => {
    if (!isFirstPage) heading.current?.focus({ preventScroll: false });
    isFirstPage = false;
  }, []);

  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <div className="dh-page-heading">
        <Heading level={1} ref={heading} tabIndex={-1}>{title}</Heading>
        {actions ? <div className="dh-page-actions">{actions}</div> : null}
      </div>
      {children}
    </>
  );
}
