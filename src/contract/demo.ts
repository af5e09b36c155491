// The simulator's own controls (not part of the customs API): which scenario is loaded, what
// the stored data went through, and the fault and latency modes used in demos and tests.
import { z } from 'zod';
import { roles, sessionResponseSchema } from './auth';
import { endpoint } from './endpoint';
import { isoDateTimeSchema } from './http';
import { applicationTypes } from './applications';
import { recordStates } from './preReview';
import { verificationStates } from './verification';

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

/** A large scenario being loaded in the background: made (`generating`), then stored (`writing`). */
export const demoLoadingSchema = z.object({
  scenario: z.string(),
  stage: z.enum(['generating', 'writing']),
  /** 0–100, over both stages. */
  percent: z.number().int().min(0).max(100),
});
export type DemoLoading = z.infer<typeof demoLoadingSchema>;

export const demoStatusSchema = z.object({
  scenario: z.string(),
  seededAt: isoDateTimeSchema,
  dataVersion: z.number().int(),
  scenarios: z.array(scenarioSummarySchema),
  notices: z.array(demoNoticeSchema),
  runtime: mockRuntimeSchema,
  counts: z.record(z.string(), z.number().int()),
  /** The scenario being loaded, and how far; null when none is. */
  loading: demoLoadingSchema.nullable(),
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
      /** The account's own enterprise (an agency's is the agency); null for customs. */
      enterpriseId: z.string().nullable(),
      situation: z.string(),
      cardId: z.string(),
    }),
  ),
});

const countSchema = z.number().int().nonnegative();

/** What is loaded, in the words of the demo page (演示数据管理): for people, not store names. */
export const demoSummarySchema = z.object({
  enterprises: z.object({
    total: countSchema,
    /** 备案已通过 (a change awaiting customs included). */
    filed: countSchema,
    /** A first filing declared, awaiting customs. */
    awaitingFiling: countSchema,
    /** Never filed, or a first filing only kept as 暂存 or rejected. */
    unfiled: countSchema,
  }),
  /** Applications of each type, by where they stand with customs (types with none left out). */
  applications: z.array(
    z.object({
      type: z.enum(applicationTypes),
      pending: countSchema,
      approved: countSchema,
      rejected: countSchema,
    }),
  ),
  /** Pre-reviews by 状态 (removed ones left out), and verification records by state. */
  preReviews: z.array(z.object({ state: z.enum(recordStates), count: countSchema })),
  verifications: z.array(z.object({ state: z.enum(verificationStates), count: countSchema })),
  personnel: countSchema,
  agencies: countSchema,
  files: countSchema,
});
export type DemoSummary = z.infer<typeof demoSummarySchema>;

/** 切换角色: become another demo account without its password (the demo build's header). */
export const switchAccountRequestSchema = z.object({ username: z.string().min(1).max(50) });

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
    summary:
      'Loads a scenario afresh (sessions are kept). A large one is loaded in the background: the answer says `loading`, and the status says how far until it is done.',
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
  summary: endpoint({
    method: 'GET',
    path: '/demo/summary',
    tag: 'demo',
    summary:
      'What is loaded, counted as the demo page says it: enterprises by filing, applications by state.',
    access: 'public',
    response: demoSummarySchema,
  }),
  switchAccount: endpoint({
    method: 'POST',
    path: '/demo/switch-account',
    tag: 'demo',
    summary:
      "切换角色: ends the caller's session (if any) and opens one for a demo account, without its password.",
    access: 'public',
    body: switchAccountRequestSchema,
    labels: { username: '演示账号' },
    response: sessionResponseSchema,
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
