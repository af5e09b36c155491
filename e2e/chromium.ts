// Which Chromium the browser tests drive: an explicit path, the system's (Debian's package),
// or one Playwright manages. With none, the run stops and says how to get one.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH points to ${override}, which does not exist.`);
    return override;
  }
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  if (system) return system;
  const managed = chromium.executablePath();
  if (managed && existsSync(managed)) return managed;
  throw new Error(
    [
      'No Chromium found for the browser tests. Install one, then run the tests again:',
      '  sudo apt-get update && sudo apt-get install -y chromium fonts-wqy-microhei   (Debian/Ubuntu)',
      '  or: npx playwright install chromium                                          (where downloads are allowed)',
      '  or: CHROMIUM_PATH=/path/to/chromium npm test',
    ].join('\n'),
  );
}
