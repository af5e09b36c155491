// The simulator's own controls (演示数据管理): status, reset, fault and latency modes, notices,
// and the list of demo accounts for the login page. Not part of the customs API.
import { HttpResponse } from 'msw';
import { demoEndpoints, type DemoStatus } from '@/contract/demo';
import { countRecords, getRecord } from '../store/reads';
import { readMeta, readMetaIfAny, resetDatabase, updateMeta } from '../store/demoData';
import { seededMeta } from '../store/startUp';
import { problems } from '../http/problems';
import { simulatorApi } from '../http/routing';
import { getRuntime, setRuntime } from '../http/runtime';
import { bulkScenario, isScenario, scenarios } from '../scenarios';
import { currentLoad, loadInBackground } from '../store/bulkLoad';
import { DEMO_CARD_PIN, demoAccounts, DEMO_PASSWORD } from '../seed/demoAccounts';
import { recordStores } from '../store/stores';
import { demoSummary } from '../domain/demo/demoSummary';
import { endSession, openSession } from '../http/sessions';

async function status(): Promise<DemoStatus> {
  const loading = currentLoad();
  // While a large scenario is being written there is no meta record yet (store/bulkLoad.ts).
  const meta = loading ? ((await readMetaIfAny()) ?? seededMeta(loading.scenario, [])) : await readMeta();
  const counted = recordStores.filter((s) => s !== 'idempotency' && s !== 'sessions');
  const counts = Object.fromEntries(
    await Promise.all(counted.map(async (s) => [s, await countRecords(s)] as const)),
  );
  return {
    scenario: meta.scenario,
    seededAt: meta.seededAt,
    dataVersion: meta.dataVersion,
    scenarios: scenarios.map(({ id, name, description }) => ({ id, name, description })),
    notices: meta.notices,
    runtime: getRuntime(),
    counts,
    loading,
  };
}

export const demoHandlers = [
  simulatorApi.on(demoEndpoints.status, async () => HttpResponse.json(await status())),
  simulatorApi.on(demoEndpoints.summary, async () => HttpResponse.json(await demoSummary())),
  simulatorApi.on(demoEndpoints.reset, async ({ body }) => {
    if (!isScenario(body.scenario)) throw problems.badRequest('没有这个演示场景。');
    if (currentLoad()) throw problems.conflict('正在载入演示数据，请等载入完成后再重置。');
    const bulk = bulkScenario(body.scenario);
    if (bulk) void loadInBackground(body.scenario, bulk.base, bulk.volume);
    else await resetDatabase(body.scenario);
    return HttpResponse.json(await status());
  }),
  simulatorApi.on(demoEndpoints.runtime, async ({ body }) => {
    // A partial change, merged here, so that quick successive clicks do not undo each other.
    setRuntime(body);
    return HttpResponse.json(await status());
  }),
  simulatorApi.on(demoEndpoints.ackNotices, async ({ body: { ids } }) => {
    await updateMeta((meta) => ({ ...meta, notices: meta.notices.filter((n) => !ids.includes(n.id)) }));
    return HttpResponse.json(await status());
  }),
  simulatorApi.on(demoEndpoints.switchAccount, async ({ request, body: { username } }) => {
    // Only the demo accounts: an account a scenario adds later is signed into with its password.
    const account = demoAccounts.some((a) => a.username === username)
      ? await getRecord('accounts', username)
      : undefined;
    if (!account) throw problems.notFound('没有这个演示账号。');
    await endSession(request);
    return HttpResponse.json({ session: await openSession(account) });
  }),
  simulatorApi.on(demoEndpoints.accounts, async () =>
    HttpResponse.json({
      password: DEMO_PASSWORD,
      cardPin: DEMO_CARD_PIN,
      accounts: demoAccounts.map(({ username, displayName, role, enterpriseId, situation, cardId }) => ({
        username,
        displayName,
        role,
        enterpriseId,
        situation,
        cardId,
      })),
    }),
  ),
];
