import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { Agency, UserSummary } from '#shared/contracts/admin.js';
import { isConflict } from '#web/lib/api-client.js';
import { useApi } from '#web/lib/api-context.js';

const USERS_KEY = ['admin', 'users'] as const;
const AGENCIES_KEY = ['admin', 'agencies'] as const;

export function useAdminUsers() {
  const api = useApi();
  return useQuery({
    queryKey: USERS_KEY,
    queryFn: () => api.get('/api/admin/users', z.object({ items: z.array(UserSummary) })),
  });
}

export function useAdminAgencies() {
  const api = useApi();
  return useQuery({
    queryKey: AGENCIES_KEY,
    queryFn: () => api.get('/api/admin/agencies', z.object({ items: z.array(Agency) })),
  });
}

type Write = { method: 'POST' | 'PATCH'; path: string; body: unknown };

function useAdminWrite<S extends z.ZodType>(
  key: readonly string[],
  schema: S,
  onDone?: () => void,
) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (write: Write) => api.send(write.method, write.path, write.body, schema),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: key });
      await queryClient.invalidateQueries({ queryKey: ['agencies'] });
      onDone?.();
    },
    onError: async (error) => {
      // A version conflict: reload so the next attempt carries the current version.
      if (isConflict(error)) await queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

export function useUserWrite(onDone?: () => void) {
  return useAdminWrite(USERS_KEY, UserSummary, onDone);
}

export function useAgencyWrite(onDone?: () => void) {
  return useAdminWrite(AGENCIES_KEY, Agency, onDone);
}
