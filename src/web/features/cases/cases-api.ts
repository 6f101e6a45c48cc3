import { useQuery } from '@tanstack/react-query';
import { CaseDetail, CaseList } from '#shared/contracts/cases.js';
import { useApi } from '#web/lib/api-context.js';

export function useCaseList() {
  const api = useApi();
  return useQuery({ queryKey: ['cases'], queryFn: () => api.get('/api/cases', CaseList) });
}

export function useCase(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['case', id],
    queryFn: () => api.get(`/api/cases/${encodeURIComponent(id)}`, CaseDetail),
  });
}
