// Requests that reached no handler during a test. The set-up fails the test that made them.
const unhandled: string[] = [];

export function recordUnhandledRequest(request: Request): void {
  const url = new URL(request.url);
  // Only calls to the service count; jsdom may fetch nothing else, but be explicit.
  if (url.pathname.startsWith('/api/')) unhandled.push(`${request.method} ${url.pathname}`);
  else unhandled.push(`${request.method} ${request.url}`);
}

/** Returns and forgets the unhandled requests seen so far. */
export function takeUnhandledRequests(): string[] {
  return unhandled.splice(0, unhandled.length);
}
