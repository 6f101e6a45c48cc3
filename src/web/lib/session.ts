import { useQuery, type QueryClient } from '@tanstack/react-query';
import { SessionInfo } from '#shared/contracts/auth.js';
import type { Role } from '#shared/domain/roles.js';
import { ApiError, type ApiClient } from './api-client.js';
import { useApi } from './api-context.js';

export const SESSION_KEY = ['session'] as const;

export async function fetchSession(api: ApiClient): Promise<SessionInfo | null> {
  try {
    return await api.get('/api/auth/session', SessionInfo);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useSession() {
  const api = useApi();
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: () => fetchSession(api),
    staleTime: 5 * 60 * 1000,
    retry: false,
  });
}

export function setSession(queryClient: QueryClient, session: SessionInfo | null): void {
  queryClient.setQueryData(SESSION_KEY, session);
}

export function readCsrfToken(queryClient: QueryClient): string | undefined {
  return queryClient.getQueryData<SessionInfo | null>(SESSION_KEY)?.csrfToken;
}

export function hasAnyRole(session: SessionInfo | null | undefined, roles: readonly Role[]) {
  return session?.user.roles.some((role) => roles.includes(role)) ?? false;
}

/** Who may work on tips and cases (mirrors the navigation rules of the issue). */
export const TIP_ROLES: readonly Role[] = [
  'hotline_operator',
  'investigator',
  'case_worker',
  'national_coordinator',
];
export const CASE_ROLES: readonly Role[] = [...TIP_ROLES, 'prosecutor'];
export const ADMIN_ROLES: readonly Role[] = ['system_admin'];
