// The change feed: after a commit, every tab hears which resources changed (a real server would
// push this over a WebSocket); what another tab wrote makes this tab's read cache stale.
import { SERVER_CHANGES_CHANNEL, type ServerChange } from '@/contract/changes';
import { forgetReads } from './readCache';

let channel: BroadcastChannel | null = null;

function changeChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(SERVER_CHANGES_CHANNEL);
  return channel;
}

export function announce(change: ServerChange): void {
  changeChannel()?.postMessage(change);
}

/** Another tab wrote: what this tab keeps in memory may be out of date. */
export function listenToOtherTabs(): void {
  changeChannel()?.addEventListener('message', forgetReads);
}
