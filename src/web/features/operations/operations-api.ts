import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  ArrestInput,
  OperationCreateInput,
  OperationDetail,
  OperationList,
  ParticipantInput,
  RescueInput,
  SeizureInput,
  type OperationCancelInput,
  type OperationCommandInput,
} from '#shared/contracts/operations.js';

/** Request bodies as sent: fields with a server-side default may be left out. */
export type OperationCreateBody = z.input<typeof OperationCreateInput>;
export type ParticipantBody = z.input<typeof ParticipantInput>;
export type RescueBody = z.input<typeof RescueInput>;
export type ArrestBody = z.input<typeof ArrestInput>;
export type SeizureBody = z.input<typeof SeizureInput>;
import type { OperationCommand, OperationStatus } from '#shared/domain/operation.js';
import type { Role } from '#shared/domain/roles.js';
import { isConflict } from '#web/lib/api-client.js';
import { useApi } from '#web/lib/api-context.js';

/** Who sees operations (the server's operation.list rule); the server filters by agency. */
export const OPERATION_READER_ROLES: readonly Role[] = ['investigator', 'national_coordinator'];
/** Who plans an operation; only those of the lead agency run it and record its outcomes. */
export const OPERATION_PLANNER_ROLES: readonly Role[] = ['investigator'];

export const operationKey = (id: string) => ['operation', id] as const;
const operationPath = (id: string) => `/api/operations/${encodeURIComponent(id)}`;
const Created = z.object({ id: z.uuid() });

export function useOperationList(status: OperationStatus | null) {
  const api = useApi();
  const params = new URLSearchParams({ limit: '200' });
  if (status) params.set('status', status);
  return useQuery({
    queryKey: ['operations', status],
    queryFn: () => api.get(`/api/operations?${params.toString()}`, OperationList),
  });
}

export function useOperation(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: operationKey(id),
    queryFn: () => api.get(operationPath(id), OperationDetail),
  });
}

export type OperationDraft = { operation: OperationCreateBody; participants: ParticipantBody[] };

/**
 * Creates the plan, then adds each participant. The plan exists once the first call succeeds, so
 * a participant the server refuses is reported with the new id instead of failing the whole form.
 */
export function useOperationCreate() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (draft: OperationDraft) => {
      const { id } = await api.send('POST', '/api/operations', draft.operation, Created);
      let failedParticipants = 0;
      for (const participant of draft.participants) {
        try {
          await api.send('POST', `${operationPath(id)}/participants`, participant, null);
        } catch {
          failedParticipants += 1;
        }
      }
      return { id, failedParticipants };
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['operations'] }),
  });
}

type CommandBody = OperationCommandInput | OperationCancelInput;

/** A lifecycle command with the operation's version; a 409 reloads it so the next try is fresh. */
export function useOperationCommand(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { command: OperationCommand; body: CommandBody }) =>
      api.send('POST', `${operationPath(id)}/${input.command}`, input.body, OperationDetail),
    onSuccess: async (saved) => {
      queryClient.setQueryData(operationKey(id), saved);
      await queryClient.invalidateQueries({ queryKey: ['operations'] });
    },
    onError: async (error) => {
      if (isConflict(error)) await queryClient.invalidateQueries({ queryKey: operationKey(id) });
    },
  });
}

type OutcomeBodies = {
  participants: ParticipantBody;
  rescues: RescueBody;
  arrests: ArrestBody;
  seizures: SeizureBody;
};

/** Adds to the operation (a participant or an outcome batch); the answer has the new totals. */
export function useOperationAdd<K extends keyof OutcomeBodies>(id: string, what: K) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OutcomeBodies[K]) =>
      api.send('POST', `${operationPath(id)}/${what}`, body, OperationDetail),
    onSuccess: async (saved) => {
      queryClient.setQueryData(operationKey(id), saved);
      if (what === 'rescues') await queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
    onError: async () => {
      await queryClient.invalidateQueries({ queryKey: operationKey(id) });
    },
  });
}

/**
 * A batch id chosen once per form: a retry after a lost answer sends the same id, and the server
 * records the batch only once.
 */
export function newBatchId(): string {
  return crypto.randomUUID();
}
