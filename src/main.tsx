// Checks the browser, then starts the simulated customs service (unless VITE_API_MOCKING=off,
// for a real backend) in parallel with loading the app, and renders once both are ready: no
// request may reach the network before the mock worker listens.
// First: zod's configuration (Chinese messages, no compiled validators under the CSP) must be in
// place before the app or the mock service defines or runs a schema.
import '@/contract/zodLocale';
import '@/lib/dayjsLocale';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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

async function start(container: HTMLElement) {
  const missing = missingRequirements(checkBrowserReadiness());
  if (missing.length > 0) {
    showUnsupported(container, missing);
    return;
  }
  const [{ App }] = await Promise.all([
    import('@/app/App'),
    mocking ? import('../mocks/browser').then((m) => m.startMockService()) : Promise.resolve(),
  ]);
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
start(root).catch((error: unknown) => {
  console.error(error);
  showUnsupported(
    root,
    [],
    '模拟海关服务启动失败（浏览器可能禁用了 Service Worker 或 IndexedDB，例如无痕模式）。请关闭无痕模式或更换浏览器后重试。',
  );
});
