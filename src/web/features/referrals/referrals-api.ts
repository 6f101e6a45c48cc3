import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Provider,
  ProviderList,
  ReferralDetail,
  ReferralList,
  type ProviderUpdateInput,
  type ReferralCreateInput,
} from '#shared/contracts/referrals.js';
import type { ReferralCommand } from '#shared/domain/referral-lifecycle.js';
import type { ServiceCode } from '#shared/domain/services.js';
import type { Role } from '#shared/domain/roles.js';
import { isConflict } from '#web/lib/api-client.js';
import { useApi } from '#web/lib/api-context.js';

/** Who works with referrals (the server's referral rules: case workers and the coordinator). */
export const REFERRAL_ROLES: readonly Role[] = ['case_worker', 'national_coordinator'];
/** Who may add and edit providers in the directory. */
export const DIRECTORY_MANAGER_ROLES: readonly Role[] = ['system_admin', 'national_coordinator'];
/** Everyone on staff may look a provider up (not partners, not auditors). */
export const DIRECTORY_READER_ROLES: readonly Role[] = [
  'hotline_operator',
  'investigator',
  'case_worker',
  'prosecutor',
  'national_coordinator',
  'system_admin',
];

export type ProviderFilter = {
  service: ServiceCode | '';
  region: string;
  language: string;
  hasFreePlaces: boolean;
};

function query(params: Record<string, string>): string {
  const search = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== ''));
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

export function useProviders(filter: ProviderFilter) {
  const api = useApi();
  return useQuery({
    queryKey: ['providers', filter],
    queryFn: () =>
      api.get(
        `/api/providers${query({
          service: filter.service,
          region: filter.region.trim(),
          language: filter.language,
          hasFreePlaces: filter.hasFreePlaces ? 'true' : '',
          limit: '200',
        })}`,
        ProviderList,
      ),
  });
}

export function useProviderSave() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string | null; body: object }) =>
      input.id === null
        ? api.send('POST', '/api/providers', input.body, Provider)
        : api.send(
            'PATCH',
            `/api/providers/${encodeURIComponent(input.id)}`,
            input.body satisfies Partial<ProviderUpdateInput>,
            Provider,
          ),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: ['providers'] });
    },
  });
}

export type BoardFilter = { direction: 'sent' | 'received'; status: string };

export function useReferralBoard(filter: BoardFilter) {
  const api = useApi();
  return useQuery({
    queryKey: ['referrals', filter],
    queryFn: () =>
      api.get(
        `/api/referrals${query({ direction: filter.direction, status: filter.status, limit: '200' })}`,
        ReferralList,
      ),
  });
}

/** A lifecycle command with the row's version; a 409 reloads the board so the next try is fresh. */
export function useReferralCommand() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; command: ReferralCommand; body: object }) =>
      api.send(
        'POST',
        `/api/referrals/${encodeURIComponent(input.id)}/${input.command}`,
        input.body,
        ReferralDetail,
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['referrals'] });
    },
    onError: async (error) => {
      if (isConflict(error)) await queryClient.invalidateQueries({ queryKey: ['referrals'] });
    },
  });
}

export function useReferralCreate(caseId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReferralCreateInput) =>
      api.send('POST', `/api/cases/${encodeURIComponent(caseId)}/referrals`, body, ReferralDetail),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['referrals'] });
      await queryClient.invalidateQueries({ queryKey: ['case', caseId] });
    },
  });
}
