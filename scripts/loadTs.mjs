// Loads a TypeScript module of the project in Node with Vite's own transform and the project's
// aliases (`@/`, `@mocks/`), for scripts that run code of src/ or mocks/ outside the browser.
import { createServer } from 'vite';

export async function loadTs(paths) {
  const server = await createServer({
    configFile: 'vite.config.ts',
    appType: 'custom',
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await Promise.all(paths.map((path) => server.ssrLoadModule(path)));
  } finally {
    await server.close();
  }
}
