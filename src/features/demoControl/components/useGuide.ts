import { useSyncExternalStore } from 'react';
import { guide, type GuideState } from '../model/guideState';

/** The running guided flow and its step, re-rendering when either changes; null when none runs. */
export function useGuide(): GuideState | null {
  return useSyncExternalStore(guide.subscribe, guide.read, () => null);
}
