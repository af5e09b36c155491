import type { DemoNotice } from '@/contract/demo';

/** A demo notice (shown on every page until acknowledged). */
export function notice(message: string): DemoNotice {
  return { id: crypto.randomUUID(), at: new Date().toISOString(), message };
}
