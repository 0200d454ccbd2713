import { useRouteError } from 'react-router';
import { ErrorMessage } from '../components/Status.js';

/** Last resort when a screen throws while rendering (or a chunk fails to load). */
export function RouteError() {
  const error = useRouteError();
  return (
    <main id="main" className="dh-main">
      <ErrorMessage error={error} onRetry={() => window.location.reload()} />
    </main>
  );
}
