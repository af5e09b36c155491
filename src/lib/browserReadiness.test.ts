import { describe, expect, it } from 'vitest';
import { checkBrowserReadiness, missingRequirements, type ReadinessScope } from './browserReadiness';

const current: ReadinessScope = {
  navigator: { serviceWorker: {} },
  isSecureContext: true,
  indexedDB: {},
  BroadcastChannel: function BroadcastChannel() {},
  AbortSignal: { any: () => undefined },
  structuredClone: () => undefined,
  localStorage: { setItem: () => undefined, removeItem: () => undefined },
};

const labelsOf = (scope: ReadinessScope) =>
  missingRequirements(checkBrowserReadiness(scope)).map((i) => i.label);

describe('浏览器准备 (browser readiness)', () => {
  it('passes a current browser', () => {
    expect(checkBrowserReadiness(current).every((item) => item.ok)).toBe(true);
  });

  it('names each missing requirement', () => {
    expect(labelsOf({ ...current, navigator: {} })).toEqual(['Service Worker（运行模拟海关服务）']);
    expect(labelsOf({ ...current, isSecureContext: false })).toEqual(['Service Worker（运行模拟海关服务）']);
    expect(labelsOf({ ...current, AbortSignal: {} })).toEqual(['浏览器版本']);
  });

  it('treats a missing IndexedDB as missing but not blocking (the service then keeps data in memory)', () => {
    const items = checkBrowserReadiness({ ...current, indexedDB: undefined });
    expect(items.find((i) => i.id === 'indexedDB')).toMatchObject({ ok: false, required: false });
    expect(missingRequirements(items)).toEqual([]);
  });

  it('treats storage that throws (private mode) as missing but not blocking', () => {
    const items = checkBrowserReadiness({
      ...current,
      localStorage: {
        setItem: () => {
          throw new DOMException('quota', 'QuotaExceededError');
        },
        removeItem: () => undefined,
      },
    });
    expect(items.find((i) => i.id === 'localStorage')).toMatchObject({ ok: false, required: false });
    expect(missingRequirements(items)).toEqual([]);
  });

  it('a deployment build (no simulator) asks for neither a Service Worker nor IndexedDB', () => {
    const items = checkBrowserReadiness(
      { ...current, navigator: {}, indexedDB: undefined },
      { simulator: false },
    );
    expect(items.map((i) => i.id)).toEqual(['modernBrowser', 'broadcastChannel', 'localStorage']);
    expect(missingRequirements(items)).toEqual([]);
  });
});
