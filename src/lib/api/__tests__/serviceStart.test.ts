// Requests made while the simulated service still starts (main.tsx renders the app without
// waiting for it): each waits for the service and is then answered; none reaches the network
// before it listens; a service that cannot start, or one that takes longer than a request may,
// fails the request with the client's own Chinese message.
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { demoEndpoints } from '@/contract/demo';
import { ApiError, networkErrorMessage } from '../apiError';
import { configureApiClient, sendRequestsOnceListening } from '../client';
import { callEndpoint } from '../endpoint';

/** A service start the test finishes (or fails) itself. */
function starting() {
  let listen = () => {};
  let fail = (_error: Error) => {};
  const ready = new Promise<void>((resolve, reject) => {
    listen = resolve;
    fail = reject;
  });
  return { ready, listen, fail };
}

/** The paths of the requests the service is asked, as they arrive. */
function requestsSeen() {
  const seen: string[] = [];
  const record = ({ request }: { request: Request }) => seen.push(new URL(request.url).pathname);
  server.events.on('request:start', record);
  return { seen, stop: () => server.events.removeListener('request:start', record) };
}

describe('a request while the simulated service starts', () => {
  it('waits for the service to listen, then is answered', async () => {
    const service = starting();
    sendRequestsOnceListening(service.ready);
    const requests = requestsSeen();
    try {
      let answered = false;
      const accounts = callEndpoint(demoEndpoints.accounts).then((answer) => {
        answered = true;
        return answer;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(answered).toBe(false);
      expect(requests.seen).toEqual([]);

      service.listen();
      expect((await accounts).accounts.map((account) => account.username)).toContain('jinggong');
      expect(requests.seen).toEqual(['/api/demo/accounts']);
    } finally {
      requests.stop();
    }
  });

  it('fails as a lost connection when the service cannot start', async () => {
    const service = starting();
    sendRequestsOnceListening(service.ready);
    const accounts = callEndpoint(demoEndpoints.accounts);
    service.fail(new Error('IndexedDB is not available'));
    await expect(accounts).rejects.toEqual(new ApiError('network', networkErrorMessage));
  });

  it('times out like any request when the service takes longer than a request may', async () => {
    sendRequestsOnceListening(starting().ready);
    configureApiClient({ timeoutMs: 100 });
    const failure = await callEndpoint(demoEndpoints.accounts).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).kind).toBe('timeout');
    expect((failure as ApiError).message).toMatch(/海关服务超过 1 秒未响应/);
  });
});
