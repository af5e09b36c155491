// The simulator's own controls (not part of the customs API): which scenario is loaded, what
// the stored data went through, and the fault and latency modes used in demos and tests.
import { z } from 'zod';
import { isoDateTimeSchema } from './http';

export const faultModes = ['none', 'network', 'server-error', 'slow', 'hang'] as const;
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
