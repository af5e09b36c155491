// The bench's measured demos (npm run bench): every guided flow played as e2e/guidedFlows.ts plays
// it, each from a fresh browser context with the simulator's realistic latency (its default) and
// the pass's CPU slowdown, and its time from opening /demo to the guide's 完成演示 written to
// FLOW_TIMES (a JSON file the bench reads). Not part of the journeys: it runs under playwright.bench.config.ts only.
import { appendFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { guidedFlows } from '@/features/demoControl/model/guidedFlows';
import { playFlow } from '../guidedFlows';

/** `--smoke`: one flow, to prove the measurement still plays (npm test). */
const flows = process.env.FLOW_SMOKE ? guidedFlows.filter((flow) => flow.id === 'acceptance') : guidedFlows;
const out = process.env.FLOW_TIMES;
/** The bench's CPU slowdown for this pass (1: as the machine is; 4: an office PC). */
const slowdown = Number(process.env.FLOW_CPU_SLOWDOWN ?? 1);

for (const flow of flows) {
  test(`演示流程 ${flow.name}`, async ({ page }) => {
    if (slowdown !== 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    }
    const start = performance.now();
    await playFlow(page, flow.id, flow.name);
    const ms = performance.now() - start;
    if (out) appendFileSync(out, `${JSON.stringify({ id: flow.id, name: flow.name, ms })}\n`);
  });
}
