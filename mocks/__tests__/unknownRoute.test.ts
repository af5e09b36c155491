import { describe, expect, it } from 'vitest';
import { takeUnhandledRequests } from '@/test/unhandledRequests';

describe('the mock customs service in tests', () => {
  it('treats a request to an unknown route as an error that fails the test', async () => {
    await expect(fetch(new URL('/api/no-such-route', window.location.origin))).rejects.toThrow();
    // The set-up's afterEach fails any test that leaves such a request behind; take it here so
    // that this test, which made it on purpose, can pass.
    expect(takeUnhandledRequests()).toEqual(['GET /api/no-such-route']);
  });
});
