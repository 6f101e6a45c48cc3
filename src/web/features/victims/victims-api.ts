import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { NeedsAssessment, VictimDetail } from '#shared/contracts/victims.js';
import { ApiError, isConflict } from '#web/lib/api-client.js';
import { useApi } from '#web/lib/api-context.js';

export const victimKey = (caseId: string) => ['victim', caseId] as const;
export const needsKey = (caseId: string) => ['victim-needs', caseId] as const;
export const victimPath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/victim`;

/** The victim of a case, or null while nobody has been recorded yet (404). */
export function useVictim(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: victimKey(caseId),
    queryFn: async () => {
      try {
        return await api.get(victimPath(caseId), VictimDetail);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

const NeedsList = z.object({ items: z.array(NeedsAssessment) });

export function useNeeds(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: needsKey(caseId),
    queryFn: () => api.get(`${victimPath(caseId)}/needs`, NeedsList),
  });
}

/** The consent wall: assistance data is refused (403) without consent or a legal basis. */
export function isAssistanceWall(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 403 &&
    error.detail?.code === 'victim.assistance_wall'
  );
}

/**
 * A write on the victim: keep the fresh record, refresh what depends on it, and after a version
 * conflict reload the current record so the next attempt carries its version.
 */
export function useVictimWrite<TBody, TResult>(
  caseId: string,
  send: (body: TBody) => Promise<TResult>,
  onDone?: (result: TResult) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (result) => {
      const parsed = VictimDetail.safeParse(result);
      if (parsed.success) queryClient.setQueryData(victimKey(caseId), parsed.data);
      else await queryClient.invalidateQueries({ queryKey: victimKey(caseId) });
      await queryClient.invalidateQueries({ queryKey: needsKey(caseId) });
      await queryClient.invalidateQueries({ queryKey: ['case', caseId] });
      onDone?.(result);
    },
    onError: async (error) => {
      if (isConflict(error)) await queryClient.invalidateQueries({ queryKey: victimKey(caseId) });
    },
  });
}

export const StaffMember = z.object({
  id: z.uuid(),
  displayName: z.string(),
  agencyId: z.uuid(),
  agencyName: z.string(),
  roles: z.array(z.string()),
});
export type StaffMember = z.infer<typeof StaffMember>;

export function useStaff(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['staff'],
    queryFn: () => api.get('/api/staff', z.object({ items: z.array(StaffMember) })),
    staleTime: 5 * 60 * 1000,
    enabled,
  });
}
