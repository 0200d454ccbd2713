// Thin React wrappers over the NL Design System CSS components (utrecht-*, nl-*, rhc-*).
// We use the component CSS rather than @rijkshuisstijl-community/components-react because that
// package injects its whole stylesheet as an inline <style> element at run time: our CSP
// (style-src 'self') forbids that, and it would add ~40 KB gzip to the first screen
// (docs/decisions/006-nl-design-system-css-components.md).
import type { AnchorHTMLAttributes, ButtonHTMLAttributes, HTMLAttributes, ReactNode, Ref } from 'react';
import { Link as RouterLink, type LinkProps as RouterLinkProps } from 'react-router';

export function cx(...classes: (string | false | null | undefined)[]) {
  return classes.filter(Boolean).join(' ');
}

type HeadingLevel = 1 | 2 | 3 | 4;
export function Heading({
  level, className, children, ref, ...rest
}: { level: HeadingLevel; ref?: Ref<HTMLHeadingElement> } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${level}` as const;
  return <Tag ref={ref} className={cx('nl-heading', `nl-heading--level-${level}`, className)} {...rest}>{children}</Tag>;
}

export function Paragraph({ lead, className, ...rest }: { lead?: boolean } & HTMLAttributes<HTMLParagraphElement>) {
  return <p className={cx('nl-paragraph', lead && 'nl-paragraph--lead', className)} {...rest} />;
}

type Appearance = 'primary-action' | 'secondary-action' | 'subtle';
export function Button({
  appearance = 'secondary-action', busy, className, type = 'button', ...rest
}: { appearance?: Appearance; busy?: boolean } & ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type={type}
      aria-busy={busy || undefined}
      className={cx('utrecht-button', `utrecht-button--${appearance}`, busy && 'utrecht-button--busy', className)}
      {...rest}
    />
  );
}

/** A router link that looks like a button (for "Nieuw", "Wijzigen"). */
export function ButtonLink({ appearance = 'secondary-action', className, ...rest }: { appearance?: Appearance } & RouterLinkProps) {
  return <RouterLink className={cx('utrecht-button-link', 'utrecht-button-link--html-a', `utrecht-button-link--${appearance}`, className)} {...rest} />;
}

/** A link inside the app (client-side navigation). */
export function Link({ className, ...rest }: RouterLinkProps) {
  return <RouterLink className={cx('nl-link', className)} {...rest} />;
}

/** A link that leaves the app or needs a full page load. */
export function ExternalLink({ className, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a className={cx('nl-link', className)} {...rest} />;
}

export type AlertType = 'info' | 'ok' | 'warning' | 'error';
/**
 * A message box. The visible text says what kind it is (a heading or first words), never the
 * colour alone; `live` makes screen readers announce it when it appears.
 */
export function Alert({
  type = 'info', live, children, className, ref, ...rest
}: { type?: AlertType; live?: 'polite' | 'assertive'; ref?: Ref<HTMLDivElement> } & HTMLAttributes<HTMLDivElement>) {
  const role = live === 'assertive' ? 'alert' : live === 'polite' ? 'status' : undefined;
  return (
    <div ref={ref} className={cx('utrecht-alert', `utrecht-alert--${type}`, className)} {...rest}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message" role={role}>{children}</div>
      </div>
    </div>
  );
}

export function UnorderedList({ className, ...rest }: HTMLAttributes<HTMLUListElement>) {
  return <ul className={cx('utrecht-unordered-list', className)} {...rest} />;
}
export function ListItem({ className, ...rest }: HTMLAttributes<HTMLLIElement>) {
  return <li className={cx('utrecht-unordered-list__item', className)} {...rest} />;
}

/** Key–value pairs of a detail page (description list). */
export function DataSummary({ items }: { items: { key: string; value: ReactNode }[] }) {
  return (
    <dl className="rhc-data-summary rhc-data-summary--row">
      {items.map((item) => (
        <div className="rhc-data-summary__item" key={item.key}>
          <dt className="rhc-data-summary__item-key">{item.key}</dt>
          <dd className="rhc-data-summary__item-value">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ActionGroup({ className, ...rest }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cx('utrecht-action-group', 'utrecht-action-group--row', className)} {...rest} />;
}

/** A badge whose text carries the meaning; the colour only repeats it. */
export function StatusBadge({ tone = 'neutral', children }: { tone?: 'neutral' | 'warning' | 'ok'; children: ReactNode }) {
  return <span className={cx('utrecht-badge-status', 'dh-badge', `dh-badge--${tone}`)}>{children}</span>;
}

export function VisuallyHidden({ children, ...rest }: HTMLAttributes<HTMLSpanElement>) {
  return <span className="rhc-visually-hidden" {...rest}>{children}</span>;
}

/**
 * The box a table scrolls in on a narrow screen. It can take the focus, so keyboard users can
 * scroll it too (WCAG 2.1.1), and is a named region so that stop makes sense to screen readers.
 */
export function TableContainer({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="utrecht-table-container" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
