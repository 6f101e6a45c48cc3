import { useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { Agency } from '#shared/contracts/admin.js';
import { TipDetail, TipList, type TipSummary } from '#shared/contracts/tips.js';
import { isConflict } from '#web/lib/api-client.js';
import { useApi } from '#web/lib/api-context.js';

export const PAGE_SIZE = 25;
export const tipKey = (id: string) => ['tip', id] as const;

export function useTipList(status: TipSummary['status'] | null, page: number) {
  const api = useApi();
  const params = new URLSearchParams({
    limit: String(PAGE_SIZE),
    offset: String((page - 1) * PAGE_SIZE),
  });
  if (status) params.set('status', status);
  return useQuery({
    queryKey: ['tips', status, page],
    queryFn: () => api.get(`/api/tips?${params.toString()}`, TipList),
    placeholderData: (previous) => previous,
  });
}

export function useTip(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: tipKey(id),
    queryFn: () => api.get(`/api/tips/${encodeURIComponent(id)}`, TipDetail),
  });
}

export function useAgencies() {
  const api = useApi();
  return useQuery({
    queryKey: ['agencies'],
    queryFn: () => api.get('/api/agencies', z.object({ items: z.array(Agency) })),
    staleTime: 5 * 60 * 1000,
  });
}

/** After a write: keep the fresh tip, or on a version conflict reload what is current. */
export function useTipUpdates(id: string) {
  const queryClient = useQueryClient();
  return {
    onSaved: async (tip: TipDetail) => {
      queryClient.setQueryData(tipKey(id), tip);
      await queryClient.invalidateQueries({ queryKey: ['tips'] });
    },
    onFailed: async (error: unknown) => {
      if (isConflict(error)) await queryClient.invalidateQueries({ queryKey: tipKey(id) });
    },
  };
}
