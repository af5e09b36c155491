// An enterprise as the customs service knows it, before and apart from its filing.
import { z } from 'zod';

export const enterpriseKinds = ['exporter', 'agency'] as const;

export const enterpriseSchema = z.object({
  id: z.string(),
  nameCn: z.string(),
  uscc: z.string(),
  kind: z.enum(enterpriseKinds),
});
export type Enterprise = z.infer<typeof enterpriseSchema>;
