// What the platform needs from the browser (浏览器准备): the app uses current JavaScript; in a
// build with the simulated customs service, that runs in a Service Worker and keeps its data in
// IndexedDB. Checked before
// the app starts (a browser without them gets a plain report) and shown on the login page.

export interface ReadinessItem {
  id: 'serviceWorker' | 'indexedDB' | 'modernBrowser' | 'broadcastChannel' | 'localStorage';
  label: string;
  ok: boolean;
  /** Without it the platform cannot work at all. */
  required: boolean;
  /** What to do when it is missing. */
  help: string;
}

/** The parts of `window` the checks look at, so they can be checked against any environment. */
export interface ReadinessScope {
  navigator?: { serviceWorker?: unknown };
  isSecureContext?: boolean;
  indexedDB?: unknown;
  BroadcastChannel?: unknown;
  AbortSignal?: { any?: unknown };
  structuredClone?: unknown;
  localStorage?: Pick<Storage, 'setItem' | 'removeItem'>;
}

const UPGRADE = '请使用最新版 Chrome、Edge、Firefox 或 Safari。';

function localStorageWorks(scope: ReadinessScope): boolean {
  try {
    scope.localStorage?.setItem('origin-portal:probe', '1');
    scope.localStorage?.removeItem('origin-portal:probe');
    return scope.localStorage !== undefined;
  } catch {
    return false;
  }
}

/** What only the simulated customs service needs; a deployment build talks to a real one. */
const SIMULATOR_NEEDS: ReadonlySet<ReadinessItem['id']> = new Set(['serviceWorker', 'indexedDB']);

export function checkBrowserReadiness(
  scope: ReadinessScope = globalThis as ReadinessScope,
  { simulator = __SIMULATOR__ }: { simulator?: boolean } = {},
): ReadinessItem[] {
  return allItems(scope).filter((item) => simulator || !SIMULATOR_NEEDS.has(item.id));
}

function allItems(scope: ReadinessScope): ReadinessItem[] {
  return [
    {
      id: 'serviceWorker',
      label: 'Service Worker（运行模拟海关服务）',
      ok: Boolean(scope.navigator?.serviceWorker) && scope.isSecureContext !== false,
      required: true,
      help: `浏览器不支持或禁用了 Service Worker，或页面不是通过 https/localhost 打开的。${UPGRADE}`,
    },
    {
      id: 'indexedDB',
      label: 'IndexedDB（保存演示数据）',
      ok: typeof scope.indexedDB === 'object' && scope.indexedDB !== null,
      // Without it the simulated service keeps its data in memory (and says so).
      required: false,
      help: '浏览器禁用了 IndexedDB（部分无痕模式会禁用）：演示数据只保存在本页内存中，刷新页面后恢复为初始数据。',
    },
    {
      id: 'modernBrowser',
      label: '浏览器版本',
      ok: typeof scope.AbortSignal?.any === 'function' && typeof scope.structuredClone === 'function',
      required: true,
      help: `浏览器版本过旧（需要 Chrome/Edge 116、Firefox 124、Safari 17.4 或更新版本）。${UPGRADE}`,
    },
    {
      id: 'broadcastChannel',
      label: 'BroadcastChannel（多个标签页同步）',
      ok: typeof scope.BroadcastChannel === 'function',
      required: false,
      help: '其他标签页的修改不会自动显示，请手动刷新页面。',
    },
    {
      id: 'localStorage',
      label: '本地存储（保存未提交的填写内容）',
      ok: localStorageWorks(scope),
      required: false,
      help: '未暂存的填写内容在刷新页面后无法恢复，请及时暂存。',
    },
  ];
}

/** The required items that are missing; empty when the platform can start. */
export function missingRequirements(items: readonly ReadinessItem[]): ReadinessItem[] {
  return items.filter((item) => item.required && !item.ok);
}
