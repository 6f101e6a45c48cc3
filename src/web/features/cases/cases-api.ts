import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  CaseDetail,
  CaseList,
  SavedView,
  SavedViewList,
  type CaseFilters,
} from '#shared/contracts/cases.js';
import { useApi } from '#web/lib/api-context.js';

function toQuery(filters: CaseFilters): string {
  const params = new URLSearchParams({ limit: '200' });
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  return params.toString();
}

export function useCaseList(filters: CaseFilters = {}) {
  const api = useApi();
  return useQuery({
    queryKey: ['cases', filters],
    queryFn: () => api.get(`/api/cases?${toQuery(filters)}`, CaseList),
  });
}

export function useCase(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['case', id],
    queryFn: () => api.get(`/api/cases/${encodeURIComponent(id)}`, CaseDetail),
  });
}

export function useSavedViews() {
  const api = useApi();
  return useQuery({
    queryKey: ['case-views'],
    queryFn: () => api.get('/api/case-views', SavedViewList),
  });
}

export function useSaveView() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; filters: CaseFilters }) =>
      api.send('POST', '/api/case-views', input, SavedView),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['case-views'] }),
  });
}

export function useDeleteView() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.send('DELETE', `/api/case-views/${encodeURIComponent(id)}`, undefined, null),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['case-views'] }),
  });
}
