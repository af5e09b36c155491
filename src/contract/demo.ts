// The simulator's own controls (not part of the customs API): which scenario is loaded, what
// the stored data went through, and the fault and latency modes used in demos and tests.
import { z } from 'zod';
import { roles } from './auth';
import { endpoint } from './endpoint';
import { isoDateTimeSchema } from './http';

export const faultModes = ['none', 'network', 'server-error', 'slow', 'hang', 'storage-full'] as const;
export type FaultMode = (typeof faultModes)[number];

export const faultScopes = ['writes', 'all'] as const;
export type FaultScope = (typeof faultScopes)[number];
export const mockRuntimeSchema = z.object({
  fault: z.enum(faultModes),
  faultScope: z.enum(faultScopes),
  /** Simulated network latency; off in tests. */
  latency: z.enum(['realistic', 'off']),
});
export type MockRuntime = z.infer<typeof mockRuntimeSchema>;

export const demoNoticeSchema = z.object({
  id: z.string(),
  at: isoDateTimeSchema,
  message: z.string(),
});
export type DemoNotice = z.infer<typeof demoNoticeSchema>;

export const scenarioSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
});

export const demoStatusSchema = z.object({
  scenario: z.string(),
  seededAt: isoDateTimeSchema,
  dataVersion: z.number().int(),
  scenarios: z.array(scenarioSummarySchema),
  notices: z.array(demoNoticeSchema),
  runtime: mockRuntimeSchema,
  counts: z.record(z.string(), z.number().int()),
});
export type DemoStatus = z.infer<typeof demoStatusSchema>;

export const resetDemoRequestSchema = z.object({
  scenario: z.string().min(1, '请选择演示场景').max(50),
});

export const ackNoticesRequestSchema = z.object({ ids: z.array(z.string()).max(100) });

/** The simulator's demo accounts, listed on the login page of the demo build. */
export const demoAccountsSchema = z.object({
  password: z.string(),
  cardPin: z.string(),
  accounts: z.array(
    z.object({
      username: z.string(),
      displayName: z.string(),
      role: z.enum(roles),
      situation: z.string(),
      cardId: z.string(),
    }),
  ),
});

/**
 * The simulator's own controls (演示数据管理). Not part of the customs API: a real backend has
 * none of these, and the deployment build never calls them.
 */
export const demoEndpoints = {
  status: endpoint({
    method: 'GET',
    path: '/demo/status',
    tag: 'demo',
    summary: 'Which scenario is loaded, the record counts, notices and fault modes.',
    access: 'public',
    response: demoStatusSchema,
  }),
  reset: endpoint({
    method: 'POST',
    path: '/demo/reset',
    tag: 'demo',
    summary: 'Loads a scenario afresh (sessions are kept).',
    access: 'public',
    body: resetDemoRequestSchema,
    response: demoStatusSchema,
  }),
  runtime: endpoint({
    method: 'PUT',
    path: '/demo/runtime',
    tag: 'demo',
    summary: 'Fault and latency modes of this tab.',
    access: 'public',
    body: mockRuntimeSchema.partial(),
    response: demoStatusSchema,
  }),
  ackNotices: endpoint({
    method: 'POST',
    path: '/demo/notices/ack',
    tag: 'demo',
    summary: '知道了: dismisses notices.',
    access: 'public',
    body: ackNoticesRequestSchema,
    response: demoStatusSchema,
  }),
  accounts: endpoint({
    method: 'GET',
    path: '/demo/accounts',
    tag: 'demo',
    summary: 'The demo accounts and their password and PIN.',
    access: 'public',
    response: demoAccountsSchema,
  }),
} as const;
