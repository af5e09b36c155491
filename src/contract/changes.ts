// The change feed: the service tells every open tab when its data changed (a real server would
// push this over a WebSocket; the simulated one posts on a BroadcastChannel of this name).
import { z } from 'zod';

export const SERVER_CHANGES_CHANNEL = 'origin-portal:server-changes';

/**
 * What can change. The app uses these as the roots of its query keys, so an announced resource
 * names exactly the answers to refetch.
 */
export const resources = [
  'session',
  'filing',
  'personnel',
  'agencies',
  'preReviews',
  'verifications',
  /** The customs console's queue. */
  'customs',
] as const;
export type Resource = (typeof resources)[number];
export const Resource = Object.fromEntries(resources.map((name) => [name, name])) as {
  readonly [Name in Resource]: Name;
};

export const serverChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('changed'), resources: z.array(z.enum(resources)) }),
  z.object({ kind: z.literal('reset'), scenario: z.string() }),
]);
export type ServerChange = z.infer<typeof serverChangeSchema>;
