import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  InvestigationCreateInput,
  InvestigationDetail,
  InvestigationList,
} from '#shared/contracts/investigations.js';
import {
  TEAM_ELIGIBLE_ROLES,
  type InvestigationCommand,
  type InvestigationStatus,
} from '#shared/domain/investigation.js';
import type { Role } from '#shared/domain/roles.js';
import { isConflict } from '#web/lib/api-client.js';
import { useApi } from '#web/lib/api-context.js';

/** Roles that may sit on a team and so see the files they are on (need-to-know). */
export const INVESTIGATION_ROLES: readonly Role[] = TEAM_ELIGIBLE_ROLES;
/** Who opens a new investigation file (and becomes its lead). */
export const INVESTIGATION_CREATE_ROLES: readonly Role[] = ['investigator', 'prosecutor'];
/** Who decides a non-punishment review. */
export const REVIEWER_ROLES: readonly Role[] = ['prosecutor'];
/** Who links tips as leads (only investigators read tips). */
export const LEAD_LINKER_ROLES: readonly Role[] = ['investigator'];

export type InvestigationCreateBody = z.input<typeof InvestigationCreateInput>;

export const investigationKey = (id: string) => ['investigation', id] as const;
export const investigationPath = (id: string) => `/api/investigations/${encodeURIComponent(id)}`;

export function useInvestigationList(status: InvestigationStatus | null, enabled = true) {
  const api = useApi();
  const params = new URLSearchParams({ limit: '200' });
  if (status) params.set('status', status);
  return useQuery({
    queryKey: ['investigations', status],
    queryFn: () => api.get(`/api/investigations?${params.toString()}`, InvestigationList),
    enabled,
  });
}

export function useInvestigation(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: investigationKey(id),
    queryFn: () => api.get(investigationPath(id), InvestigationDetail),
  });
}

export function useInvestigationCreate() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvestigationCreateBody) =>
      api.send('POST', '/api/investigations', body, InvestigationDetail),
    onSuccess: async (saved) => {
      queryClient.setQueryData(investigationKey(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: ['investigations'] });
    },
  });
}

/** suspend, resume, close and edits: the answer is the whole file, kept as the fresh copy. */
export function useInvestigationCommand(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { command: InvestigationCommand; version: number }) =>
      api.send(
        'POST',
        `${investigationPath(id)}/${input.command}`,
        { version: input.version },
        InvestigationDetail,
      ),
    onSuccess: async (saved) => {
      queryClient.setQueryData(investigationKey(id), saved);
      await queryClient.invalidateQueries({ queryKey: ['investigations'] });
    },
    onError: async (error) => {
      if (isConflict(error))
        await queryClient.invalidateQueries({ queryKey: investigationKey(id) });
    },
  });
}

export type FileWrite = {
  method: 'POST' | 'PATCH' | 'DELETE';
  /** Below the file's path, e.g. `/offences`. */
  path: string;
  body?: unknown;
};

/**
 * A write on a part of the file (team, offence, person, link…): the server answers with that
 * part only, so the whole file is reloaded, also after a version conflict.
 */
export function useInvestigationWrite(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (write: FileWrite) =>
      api.send(write.method, `${investigationPath(id)}${write.path}`, write.body, null),
    onSettled: () => queryClient.invalidateQueries({ queryKey: investigationKey(id) }),
  });
}
