// The simulator's controls: GET /demo/status, POST /demo/reset, PUT /demo/runtime, POST /demo/notices/ack.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { demoStatusSchema, type MockRuntime } from '@/contract/demo';

export const demoQueries = {
  all: ['demo'] as const,
  status: () =>
    queryOptions({
      queryKey: [...demoQueries.all, 'status'],
      queryFn: () => apiRequest('/demo/status', demoStatusSchema),
    }),
};

type DemoCommand =
  | { kind: 'reset'; scenario: string }
  | { kind: 'runtime'; runtime: Partial<MockRuntime> }
  | { kind: 'ack'; ids: string[] };

function send(command: DemoCommand) {
  switch (command.kind) {
    case 'reset':
      return apiRequest('/demo/reset', demoStatusSchema, {
        method: 'POST',
        body: { scenario: command.scenario },
      });
    case 'runtime':
      return apiRequest('/demo/runtime', demoStatusSchema, { method: 'PUT', body: command.runtime });
    case 'ack':
      return apiRequest('/demo/notices/ack', demoStatusSchema, {
        method: 'POST',
        body: { ids: command.ids },
      });
  }
}

export function useDemoCommand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (status, command) => {
      queryClient.setQueryData(demoQueries.status().queryKey, status);
      // After a reset every cached answer may be wrong (the session survives a reset).
      if (command.kind === 'reset') await queryClient.invalidateQueries();
    },
  });
}
