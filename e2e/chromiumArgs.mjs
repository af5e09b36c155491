// How every Chromium of the tests and the bench is started (Playwright's journeys, the deployment
// journey, `npm run bench`): one list, so a figure of the bench is taken in the browser the
// journeys run in.
import { statfsSync } from 'node:fs';

/** /dev/shm below this, Chromium is told to use /tmp instead (Docker gives 64 MB). */
const ENOUGH_SHARED_MEMORY = 512 * 1024 * 1024;

function sharedMemoryIsSmall() {
  try {
    const { bsize, blocks } = statfsSync('/dev/shm');
    return bsize * blocks < ENOUGH_SHARED_MEMORY;
  } catch {
    return true;
  }
}

/** Chromium's command-line flags: no sandbox (root in CI), no GPU, no background connections. */
export function chromiumArgs() {
  return [
    '--no-sandbox',
    // Only where /dev/shm is too small for Chromium's pages: the files in /tmp it uses instead
    // made the journeys a twentieth slower where /dev/shm is large (measured: 70 s → 66.5 s).
    ...(sharedMemoryIsSmall() ? ['--disable-dev-shm-usage'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}
