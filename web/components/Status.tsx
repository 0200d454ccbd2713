import { ApiError } from '../lib/api.js';
import { useT } from '../i18n/index.js';
import { Alert, Button, Paragraph } from './ui.js';

/** Shown while a page or its data loads; announced politely. */
export function Loading({ label }: { label?: string }) {
  const t = useT();
  return <p className="nl-paragraph dh-loading" role="status">{label ?? t('app.laden')}</p>;
}

/** A failed load: the server's Dutch title and detail when there is one. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const title = error instanceof ApiError ? error.problem.title : t('app.fout');
  const detail = error instanceof ApiError ? error.problem.detail : t('app.foutDetail');
  return (
    <Alert type="error" live="assertive">
      <Paragraph><strong>{title}</strong></Paragraph>
      <Paragraph>{detail}</Paragraph>
      {onRetry ? <Button onClick={onRetry}>{t('app.opnieuw')}</Button> : null}
    </Alert>
  );
}
