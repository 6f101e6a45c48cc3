import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  CooperationDashboard,
  CooperationRequestDetail,
  CooperationRequestList,
  type CooperationListQuery,
  type CustodyCreateInput,
  type EvidenceCreateInput,
} from '#shared/contracts/cooperation.js';
import type { SessionInfo } from '#shared/contracts/auth.js';
import {
  COOPERATION_COMMAND_PATH,
  INVESTIGATOR_REQUEST_TYPES,
  type CooperationCommand,
  type RequestLanguage,
} from '#shared/domain/cooperation.js';
import type { Role } from '#shared/domain/roles.js';
import { COOPERATION_TYPE_CODES } from '#shared/reference/cooperation-codes.js';
import { isConflict } from '#web/lib/api-client.js';
import { useApi } from '#web/lib/api-context.js';
import { hasAnyRole } from '#web/lib/session.js';

/** Who drafts outgoing requests (the server's cooperation policy). */
export const COOPERATION_DRAFTER_ROLES: readonly Role[] = [
  'prosecutor',
  'investigator',
  'central_authority_officer',
];
/** Who reads requests: the drafters and the national coordinator (without the persons). */
export const COOPERATION_ROLES: readonly Role[] = [
  ...COOPERATION_DRAFTER_ROLES,
  'national_coordinator',
];
export const COOPERATION_DASHBOARD_ROLES: readonly Role[] = [
  'prosecutor',
  'central_authority_officer',
  'national_coordinator',
];
export const CENTRAL_AUTHORITY_ROLES: readonly Role[] = ['central_authority_officer'];

export const PAGE_SIZE = 50;

export type ListFilter = Omit<CooperationListQuery, 'limit' | 'offset'> & { page: number };

const requestKey = (id: string) => ['cooperation-request', id] as const;
const requestPath = (id: string) => `/api/cooperation/requests/${encodeURIComponent(id)}`;

/** The printable request in one of the platform's languages (a PDF the browser opens). */
export function documentUrl(id: string, lang: RequestLanguage): string {
  return `${requestPath(id)}/document?lang=${lang}`;
}

export function useCooperationList(filter: ListFilter) {
  const api = useApi();
  return useQuery({
    queryKey: ['cooperation-requests', filter],
    queryFn: () => {
      const { page, ...rest } = filter;
      const params = new URLSearchParams(
        Object.entries(rest).filter((entry): entry is [string, string] => Boolean(entry[1])),
      );
      params.set('limit', String(PAGE_SIZE));
      params.set('offset', String((page - 1) * PAGE_SIZE));
      return api.get(`/api/cooperation/requests?${params.toString()}`, CooperationRequestList);
    },
  });
}

export function useCooperationRequest(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: requestKey(id),
    queryFn: () => api.get(requestPath(id), CooperationRequestDetail),
  });
}

export function useCooperationDashboard() {
  const api = useApi();
  return useQuery({
    queryKey: ['cooperation-dashboard'],
    queryFn: () => api.get('/api/cooperation/dashboard', CooperationDashboard),
  });
}

export function useCooperationCreate() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: object) =>
      api.send('POST', '/api/cooperation/requests', body, CooperationRequestDetail),
    onSuccess: async (detail) => {
      queryClient.setQueryData(requestKey(detail.id), detail);
      await queryClient.invalidateQueries({ queryKey: ['cooperation-requests'] });
    },
  });
}

export type RequestWrite =
  | { kind: 'update'; body: object }
  | { kind: 'command'; command: CooperationCommand; body: object }
  | { kind: 'evidence'; body: EvidenceCreateInput }
  | { kind: 'custody'; evidenceId: string; body: CustodyCreateInput };

function writeOf(id: string, write: RequestWrite): { method: 'POST' | 'PATCH'; path: string } {
  switch (write.kind) {
    case 'update':
      return { method: 'PATCH', path: requestPath(id) };
    case 'command':
      return {
        method: 'POST',
        path: `${requestPath(id)}/${COOPERATION_COMMAND_PATH[write.command]}`,
      };
    case 'evidence':
      return { method: 'POST', path: `${requestPath(id)}/evidence` };
    case 'custody':
      return {
        method: 'POST',
        path: `${requestPath(id)}/evidence/${encodeURIComponent(write.evidenceId)}/custody`,
      };
  }
}

/**
 * Any write on one request (edit, lifecycle command, evidence, custody): every answer is the fresh
 * request, kept as is; after a version conflict the current record is reloaded so the next try
 * carries its version.
 */
export function useRequestWrite(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (write: RequestWrite) => {
      const { method, path } = writeOf(id, write);
      return api.send(method, path, write.body, CooperationRequestDetail);
    },
    onSuccess: async (detail) => {
      queryClient.setQueryData(requestKey(id), detail);
      await queryClient.invalidateQueries({ queryKey: ['cooperation-requests'] });
      await queryClient.invalidateQueries({ queryKey: ['cooperation-dashboard'] });
    },
    onError: async (error) => {
      if (isConflict(error)) await queryClient.invalidateQueries({ queryKey: requestKey(id) });
    },
  });
}

/** Types this user may draft: investigators only police-to-police ones (the server's rule). */
export function draftableTypes(session: SessionInfo | null | undefined): readonly string[] {
  if (hasAnyRole(session, ['prosecutor', 'central_authority_officer'])) {
    return COOPERATION_TYPE_CODES;
  }
  return hasAnyRole(session, ['investigator']) ? INVESTIGATOR_REQUEST_TYPES : [];
}
