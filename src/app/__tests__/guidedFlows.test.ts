// Every guided flow can run: its scenario is one the service loads, each step is played by a demo
// account the guide can name, and each step starts on a page of the app.
import { describe, expect, it } from 'vitest';
import { matchRoutes } from 'react-router';
import { callApi } from '@/test/callApi';
import { guideAccounts, guidedFlows } from '@/features/demoControl/model/guidedFlows';
import { routes } from '../routes';

describe('the guided flows', () => {
  it('load scenarios the service has and are played by its demo accounts, on pages of the app', async () => {
    const { scenarios } = (await callApi('GET', '/demo/status')).body as { scenarios: { id: string }[] };
    const { accounts } = (await callApi('GET', '/demo/accounts')).body as {
      accounts: { username: string }[];
    };
    const usernames = accounts.map((a) => a.username);
    expect(guidedFlows.map((f) => f.id)).toEqual([
      'filing',
      'filing-change',
      'pre-review',
      'change-rejected',
      'cancel-restore',
      'delete',
      'verification',
      'acceptance',
    ]);
    for (const flow of guidedFlows) {
      expect(scenarios.map((s) => s.id)).toContain(flow.scenario);
      for (const step of flow.steps) {
        expect(usernames).toContain(step.account);
        expect(guideAccounts.has(step.account)).toBe(true);
        const matched = matchRoutes(routes, step.path.split('?')[0] ?? '') ?? [];
        expect(matched.at(-1)?.route.path, `${flow.id}: ${step.path}`).not.toBe('*');
      }
    }
  });
});
