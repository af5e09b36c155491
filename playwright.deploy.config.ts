// The deployment journey: the build without the simulator (dist-deploy, made by
// scripts/checkBundle.mjs or `npm run test:deploy`) served with /api proxied to the Node mock
// server — configuration only, as a real backend would be put behind it.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';
import { API_ORIGIN, API_PORT, APP_ORIGIN, APP_PORT } from './e2e/deployment/origins';

export default defineConfig({
  ...base,
  testDir: 'e2e/deployment',
  testIgnore: [],
  // Its own folder for failures and traces: it runs beside the journeys (npm test), whose run
  // empties theirs.
  outputDir: 'test-results-deployment',
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '.playwright-deploy-results.json' }]] : 'list',
  use: { ...base.use, baseURL: APP_ORIGIN },
  webServer: [
    {
      command: `node scripts/serveApi.mjs --port ${API_PORT}`,
      url: `${API_ORIGIN}/api/auth/session`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --outDir dist-deploy --host 127.0.0.1 --port ${APP_PORT} --strictPort`,
      url: APP_ORIGIN,
      env: { API_PROXY_TARGET: API_ORIGIN },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
