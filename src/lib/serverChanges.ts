// Other tabs (and the service itself) announce changes; the page refetches what they concern.
import type { QueryClient } from '@tanstack/react-query';
import { SERVER_CHANGES_CHANNEL, serverChangeSchema } from '@/contract/changes';

/** Query roots derived from every kind of record (the acceptance query): stale after any change. */
const DERIVED_FROM_EVERYTHING = ['acceptance'];

export function followServerChanges(queryClient: QueryClient): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(SERVER_CHANGES_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const change = serverChangeSchema.safeParse(event.data);
    if (!change.success) return;
    if (change.data.kind === 'reset') void queryClient.invalidateQueries();
    else
      for (const resource of [...change.data.resources, ...DERIVED_FROM_EVERYTHING])
        void queryClient.invalidateQueries({ queryKey: [resource] });
  };
  return () => channel.close();
}
