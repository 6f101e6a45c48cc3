import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  JitCreateInput,
  JitDetail,
  JitList,
  JitWorkspace,
  type JitWorkspaceEntryInput,
} from '#shared/contracts/jit.js';
import { JIT_LOCAL_MEMBER_ROLES, type JitStatus } from '#shared/domain/jit.js';
import type { Role } from '#shared/domain/roles.js';
import { ApiError, isConflict } from '#web/lib/api-client.js';
import { useApi } from '#web/lib/api-context.js';

/** Who may sit in a team and so see the agreements they are members of (need-to-know). */
export const JIT_ROLES: readonly Role[] = JIT_LOCAL_MEMBER_ROLES;
/** Who concludes agreements (and leads the team they create). */
export const JIT_CREATE_ROLES: readonly Role[] = ['prosecutor', 'central_authority_officer'];

export type JitCreateBody = z.input<typeof JitCreateInput>;

export const jitKey = (id: string) => ['jit', id] as const;
const workspaceKey = (id: string) => ['jit-workspace', id] as const;
const jitPath = (id: string) => `/api/jit/${encodeURIComponent(id)}`;

export function useJitList(status: JitStatus | null) {
  const api = useApi();
  const params = new URLSearchParams({ limit: '200' });
  if (status) params.set('status', status);
  return useQuery({
    queryKey: ['jits', status],
    queryFn: () => api.get(`/api/jit?${params.toString()}`, JitList),
  });
}

export function useJit(id: string) {
  const api = useApi();
  return useQuery({ queryKey: jitKey(id), queryFn: () => api.get(jitPath(id), JitDetail) });
}

export function useJitCreate() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: JitCreateBody) => api.send('POST', '/api/jit', body, JitDetail),
    onSuccess: async (saved) => {
      queryClient.setQueryData(jitKey(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: ['jits'] });
    },
  });
}

export type JitWrite = {
  method: 'POST' | 'DELETE';
  /** Below the agreement's path: `/activate`, `/extend`, `/members/<id>`… */
  path: string;
  body?: unknown;
};

/**
 * Lifecycle commands and team changes answer with the agreement as it now reads; the workspace
 * follows the agreement, so it is read again too.
 */
export function useJitWrite(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (write: JitWrite) =>
      api.send(write.method, `${jitPath(id)}${write.path}`, write.body, JitDetail),
    onSuccess: async (saved) => {
      queryClient.setQueryData(jitKey(id), saved);
      await queryClient.invalidateQueries({ queryKey: workspaceKey(id) });
      await queryClient.invalidateQueries({ queryKey: ['jits'] });
    },
    onError: async (error) => {
      if (isConflict(error)) await queryClient.invalidateQueries({ queryKey: jitKey(id) });
    },
  });
}

export function useJitWorkspace(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: workspaceKey(id),
    queryFn: () => api.get(`${jitPath(id)}/workspace?limit=200`, JitWorkspace),
  });
}

export function useJitWorkspacePost(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: JitWorkspaceEntryInput) =>
      api.send('POST', `${jitPath(id)}/workspace`, body, JitWorkspace),
    onSuccess: async () => {
      // The answer is the first page only; read the list again with the page size shown.
      await queryClient.invalidateQueries({ queryKey: workspaceKey(id) });
    },
    onError: async (error) => {
      if (!isWorkspaceClosed(error)) return;
      await queryClient.invalidateQueries({ queryKey: jitKey(id) });
      await queryClient.invalidateQueries({ queryKey: workspaceKey(id) });
    },
  });
}

/** The server's refusal once the agreement is no longer in force (expired or terminated). */
export function isWorkspaceClosed(error: unknown): boolean {
  return error instanceof ApiError && error.detail?.code === 'jit.agreement_not_active';
}
