import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorMessage, Loading } from '../components/Status.js';
import { setUnauthorizedHandler } from '../lib/api.js';
import { SESSIE_KEY, useSessie } from '../lib/sessie.js';

/**
 * Guards the screens that need a session. Without one the user goes to the login page with
 * terugNaar=<where they were>; a session that expires mid-work (any API call answering 401)
 * does the same, and the login page then brings them back.
 */
export function RequireAuth() {
  const sessie = useSessie();
  const location = useLocation();
  const queryClient = useQueryClient();
  const hadSession = useRef(false);
  if (sessie.data) hadSession.current = true;

  useEffect(() => {
    setUnauthorizedHandler(() => queryClient.setQueryData(SESSIE_KEY, null));
    return () => setUnauthorizedHandler(null);
  }, [queryClient]);

  if (sessie.isPending) return <Loading />;
  if (sessie.isError) return <ErrorMessage error={sessie.error} onRetry={() => void sessie.refetch()} />;
  if (!sessie.data) {
    const terugNaar = `${location.pathname}${location.search}`;
    const params = new URLSearchParams({ terugNaar });
    if (hadSession.current) params.set('verlopen', '1');
    return <Navigate to={`/inloggen?${params.toString()}`} replace />;
  }
  return <Outlet />;
}
