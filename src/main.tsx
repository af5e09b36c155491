// Checks the browser, then starts the simulated customs service (unless VITE_API_MOCKING=off,
// for a real backend) beside loading the app, and renders as soon as the app's code is in: the
// login form is usable while the service starts. No request may reach the network before the
// mock worker listens, so the API client holds every request until it does.
// First: zod's configuration (Chinese messages, no compiled validators under the CSP) must be in
// place before the app or the mock service defines or runs a schema.
import '@/contract/zodLocale';
import '@/lib/dayjsLocale';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { checkBrowserReadiness, missingRequirements, type ReadinessItem } from './lib/browserReadiness';

const mocking = __SIMULATOR__;

/** A plain page (no React, no antd) for a browser that cannot run the platform. */
function showUnsupported(container: HTMLElement, missing: readonly ReadinessItem[], detail?: string): void {
  const heading = document.createElement('h1');
  heading.textContent = '原产地综合服务平台无法在此浏览器中运行';
  const list = document.createElement('ul');
  for (const item of missing) {
    const entry = document.createElement('li');
    entry.textContent = `缺少 ${item.label}：${item.help}`;
    list.append(entry);
  }
  const note = document.createElement('p');
  note.textContent = detail ?? '请更换浏览器后重新打开本页面。';
  container.replaceChildren(heading, list, note);
  container.style.cssText = 'font-family: sans-serif; max-width: 720px; margin: 48px auto; padding: 0 16px;';
}

const SERVICE_FAILED =
  '模拟海关服务启动失败（浏览器可能禁用了 Service Worker 或 IndexedDB，例如无痕模式）。请关闭无痕模式或更换浏览器后重试。';

async function start(container: HTMLElement) {
  const missing = missingRequirements(checkBrowserReadiness());
  if (missing.length > 0) {
    showUnsupported(container, missing);
    return;
  }
  let app: Root | null = null;
  let failed = false;
  // The address as the page opened: the service reads its modes from it after the app may have
  // moved on (a sign-in while the service still starts).
  const opened = window.location.search;
  const service = mocking
    ? import('../mocks/browser').then((m) => m.startMockService(opened))
    : Promise.resolve();
  service.catch((error: unknown) => {
    console.error(error);
    failed = true;
    app?.unmount();
    showUnsupported(container, [], SERVICE_FAILED);
  });
  const [{ App }, { sendRequestsOnceListening }] = await Promise.all([
    import('@/app/App'),
    import('@/lib/api/client'),
  ]);
  if (failed) return;
  sendRequestsOnceListening(service);
  app = createRoot(container);
  app.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
start(root).catch((error: unknown) => {
  console.error(error);
  showUnsupported(root, [], mocking ? SERVICE_FAILED : '页面加载失败，请刷新后重试。');
});
