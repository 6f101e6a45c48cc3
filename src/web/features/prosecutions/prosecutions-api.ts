import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  ProsecutionCreateInput,
  ProsecutionDetail,
  ProsecutionList,
  ProsecutionView,
} from '#shared/contracts/prosecutions.js';
import type { ProsecutionStage } from '#shared/domain/prosecution.js';
import type { Role } from '#shared/domain/roles.js';
import { isConflict } from '#web/lib/api-client.js';
import { useApi } from '#web/lib/api-context.js';

/** Who sees prosecutions (the server's prosecution.list rule): the team's prosecutors and the coordinator. */
export const PROSECUTION_ROLES: readonly Role[] = ['prosecutor', 'national_coordinator'];
/** Who opens a prosecution (and becomes its lead). */
export const PROSECUTION_CREATE_ROLES: readonly Role[] = ['prosecutor'];

export type ProsecutionCreateBody = z.input<typeof ProsecutionCreateInput>;

export const prosecutionKey = (id: string) => ['prosecution', id] as const;
export const prosecutionPath = (id: string) => `/api/prosecutions/${encodeURIComponent(id)}`;

export function useProsecutionList(stage: ProsecutionStage | null) {
  const api = useApi();
  const params = new URLSearchParams({ limit: '200' });
  if (stage) params.set('stage', stage);
  return useQuery({
    queryKey: ['prosecutions', stage],
    queryFn: () => api.get(`/api/prosecutions?${params.toString()}`, ProsecutionList),
  });
}

/** The whole file for the team, the overview (stage and counts) for the coordinator. */
export function useProsecution(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: prosecutionKey(id),
    queryFn: () => api.get(prosecutionPath(id), ProsecutionView),
  });
}

export function useProsecutionCreate() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProsecutionCreateBody) =>
      api.send('POST', '/api/prosecutions', body, ProsecutionDetail),
    onSuccess: async (saved) => {
      queryClient.setQueryData(prosecutionKey(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: ['prosecutions'] });
    },
  });
}

export type ProsecutionWrite = {
  method: 'POST' | 'PATCH';
  /** Below the file's path, e.g. `/defendants`. */
  path: string;
  body: unknown;
};

/**
 * Every write on a file answers with the whole file, kept as the fresh copy; after a version
 * conflict the file is reloaded so the next attempt carries the current versions.
 */
export function useProsecutionWrite(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (write: ProsecutionWrite) =>
      api.send(write.method, `${prosecutionPath(id)}${write.path}`, write.body, ProsecutionDetail),
    onSuccess: async (saved) => {
      queryClient.setQueryData(prosecutionKey(id), saved);
      await queryClient.invalidateQueries({ queryKey: ['prosecutions'] });
    },
    onError: async (error) => {
      if (isConflict(error)) await queryClient.invalidateQueries({ queryKey: prosecutionKey(id) });
    },
  });
}
