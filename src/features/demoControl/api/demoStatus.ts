// The simulator's controls: GET /demo/status, POST /demo/reset, PUT /demo/runtime, POST /demo/notices/ack.
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { demoEndpoints, type DemoStatus, type MockRuntime } from '@/contract/demo';
import { callEndpoint } from '@/lib/api/endpoint';
import { useEndpointMutation } from '@/lib/api/useIdempotentMutation';

export const demoQueries = {
  all: ['demo'] as const,
  status: () =>
    queryOptions({
      queryKey: [...demoQueries.all, 'status'],
      queryFn: () => callEndpoint(demoEndpoints.status),
      // While a large scenario loads in the background, its progress is read twice a second.
      refetchInterval: (query) => (query.state.data?.loading ? 500 : false),
    }),
  /** What is loaded, for the demo page only (it reads every application). */
  summary: () =>
    queryOptions({
      queryKey: [...demoQueries.all, 'summary'],
      queryFn: () => callEndpoint(demoEndpoints.summary),
    }),
};

const showStatus = (status: DemoStatus, _input: unknown, queryClient: QueryClient) =>
  queryClient.setQueryData(demoQueries.status().queryKey, status);

/** POST /demo/reset: every store back to a scenario's seed. */
export const useResetDemo = () =>
  useEndpointMutation(demoEndpoints.reset, {
    onSuccess: (status, input, queryClient) => {
      showStatus(status, input, queryClient);
      // After a reset every cached answer may be wrong (the session survives a reset). Refetched
      // in the background: the receipt says the reset is done as soon as the service answers,
      // not after every open query has been read again (seconds on a busy machine).
      void queryClient.invalidateQueries();
    },
  });

/** POST /demo/notices/ack: 知道了 on a notice about stored data. */
export const useAckNotices = () => useEndpointMutation(demoEndpoints.ackNotices, { onSuccess: showStatus });

/**
 * PUT /demo/runtime: a setting, not a submit — each change is sent as it is made and the latest
 * wins, so it has no double-submit guard (a guard would drop a second quick change).
 */
export function useSetRuntime() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (runtime: Partial<MockRuntime>) => callEndpoint(demoEndpoints.runtime, { body: runtime }),
    onSuccess: (status) => showStatus(status, undefined, queryClient),
  });
}
