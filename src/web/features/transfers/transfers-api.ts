import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Transfer,
  TransferList,
  type TRANSFER_DECLINE_REASONS,
  type TRANSFER_REASONS,
  type TRANSFER_STATUSES,
} from '#shared/contracts/transfers.js';
import type { Role } from '#shared/domain/roles.js';
import { isConflict } from '#web/lib/api-client.js';
import { useApi } from '#web/lib/api-context.js';

/** Who works with transfers (the server's transfer rules). */
export const TRANSFER_ROLES: readonly Role[] = [
  'case_worker',
  'investigator',
  'national_coordinator',
];

export function useTransfers(direction: 'incoming' | 'outgoing') {
  const api = useApi();
  return useQuery({
    queryKey: ['transfers', direction],
    queryFn: () => api.get(`/api/transfers?direction=${direction}`, TransferList),
  });
}

export function useTransferWrite() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { path: string; body: object }) =>
      api.send('POST', input.path, input.body, Transfer),
    onSuccess: async (transfer) => {
      await queryClient.invalidateQueries({ queryKey: ['transfers'] });
      await queryClient.invalidateQueries({ queryKey: ['case', transfer.caseId] });
    },
    onError: async (error) => {
      if (isConflict(error)) await queryClient.invalidateQueries({ queryKey: ['transfers'] });
    },
  });
}

export const TRANSFER_REASON_KEYS = {
  competence: 'transfers.reasons.competence',
  location: 'transfers.reasons.location',
  specialised_services: 'transfers.reasons.specialised_services',
  capacity: 'transfers.reasons.capacity',
  other: 'transfers.reasons.other',
} as const satisfies Record<(typeof TRANSFER_REASONS)[number], string>;

export const TRANSFER_DECLINE_KEYS = {
  not_competent: 'transfers.declineReasons.not_competent',
  no_capacity: 'transfers.declineReasons.no_capacity',
  insufficient_information: 'transfers.declineReasons.insufficient_information',
  other: 'transfers.declineReasons.other',
} as const satisfies Record<(typeof TRANSFER_DECLINE_REASONS)[number], string>;

export const TRANSFER_STATUS_KEYS = {
  requested: 'transfers.status.requested',
  accepted: 'transfers.status.accepted',
  declined: 'transfers.status.declined',
  cancelled: 'transfers.status.cancelled',
} as const satisfies Record<(typeof TRANSFER_STATUSES)[number], string>;
