// Starts the simulated customs service (unless VITE_API_MOCKING=off, for a real backend) in
// parallel with loading the app, and renders once both are ready: no request may reach the
// network before the mock worker listens.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const mocking = import.meta.env.VITE_API_MOCKING !== 'off';

async function start() {
  const [{ App }] = await Promise.all([
    import('./app/App'),
    mocking ? import('../mocks/browser').then((m) => m.startMockService()) : Promise.resolve(),
  ]);
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  console.error(error);
  const container = document.getElementById('root');
  if (container) {
    container.textContent =
      '页面无法启动：浏览器不支持本平台所需的功能（Service Worker 或 IndexedDB），或模拟海关服务启动失败。请使用最新版 Chrome、Edge 或 Firefox，并关闭无痕模式后重试。';
  }
});
