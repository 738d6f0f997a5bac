import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../common/QueryStates';
import { useSession } from './useSession';

/** The sign-in page's address that brings the person back here afterwards. */
export function signInPath(returnTo: string): string {
  return `/sign-in?next=${encodeURIComponent(returnTo)}`;
}

/** Shows its children to a signed-in person; sends anyone else to sign in, then back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (!session.data)
    return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return <>{children}</>;
}
