// The simulator's controls: GET /demo/status, POST /demo/reset, PUT /demo/runtime, POST /demo/notices/ack.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { demoEndpoints, type MockRuntime } from '@/contract/demo';
import { callEndpoint } from '@/lib/api/endpoint';

export const demoQueries = {
  all: ['demo'] as const,
  status: () =>
    queryOptions({
      queryKey: [...demoQueries.all, 'status'],
      queryFn: () => callEndpoint(demoEndpoints.status),
    }),
};

type DemoCommand =
  | { kind: 'reset'; scenario: string }
  | { kind: 'runtime'; runtime: Partial<MockRuntime> }
  | { kind: 'ack'; ids: string[] };

function send(command: DemoCommand) {
  switch (command.kind) {
    case 'reset':
      return callEndpoint(demoEndpoints.reset, { body: { scenario: command.scenario } });
    case 'runtime':
      return callEndpoint(demoEndpoints.runtime, { body: command.runtime });
    case 'ack':
      return callEndpoint(demoEndpoints.ackNotices, { body: { ids: command.ids } });
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
