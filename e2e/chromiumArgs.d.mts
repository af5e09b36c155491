/** Chromium's command-line flags for the tests and the bench (see chromiumArgs.mjs). */
export function chromiumArgs(): string[];
