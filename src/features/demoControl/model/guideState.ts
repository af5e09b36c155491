// Which guided flow is running and at which step: kept in the browser's storage, so the guide
// survives a reload and a switch of account (which replaces every cached answer).
import { z } from 'zod';
import { createListeners } from '@/lib/listeners';
import { safeStorage } from '@/lib/storage';
import { guidedFlow, type GuidedFlow } from './guidedFlows';

const KEY = 'origin-portal:guided-flow';
const stateSchema = z.object({ flow: z.string(), step: z.number().int().nonnegative() });

export interface GuideState {
  flow: GuidedFlow;
  step: number;
}

const listeners = createListeners();
let cached: { raw: string | null; state: GuideState | null } = { raw: null, state: null };

function read(): GuideState | null {
  const raw = safeStorage.get(KEY);
  if (raw === cached.raw) return cached.state;
  let state: GuideState | null = null;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(raw ?? 'null'));
    const flow = parsed.success ? guidedFlow(parsed.data.flow) : undefined;
    // A flow renamed or a step gone since it was stored: no guide rather than a wrong one.
    if (parsed.success && flow && parsed.data.step < flow.steps.length)
      state = { flow, step: parsed.data.step };
  } catch {
    state = null;
  }
  cached = { raw, state };
  return state;
}

export const guide = {
  /** The running flow and step; null when none runs. */
  read,
  subscribe: listeners.subscribe,
  start(flow: GuidedFlow): void {
    safeStorage.set(KEY, JSON.stringify({ flow: flow.id, step: 0 }));
    listeners.notify();
  },
  goTo(state: GuideState, step: number): void {
    const bounded = Math.min(Math.max(step, 0), state.flow.steps.length - 1);
    safeStorage.set(KEY, JSON.stringify({ flow: state.flow.id, step: bounded }));
    listeners.notify();
  },
  end(): void {
    safeStorage.remove(KEY);
    listeners.notify();
  },
};
