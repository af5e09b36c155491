// What 申报 accepts: a sheet as submitted that breaks none of the rules evaluateSheet knows, with
// every required field filled. The editor's resolver runs it for 申报 (暂存 runs the submitted
// sheet's schema alone); the service runs the same evaluateSheet before it accepts a declaration.
import { submittedSheetSchema } from '@/contract/sheet';
import { evaluateSheet } from './costSheet';

/** `lines.3.hsCode` as zod's path: numbers for the array indices. */
const zodPath = (path: string) => path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));

export const declaredSheetSchema = submittedSheetSchema.superRefine((sheet, ctx) => {
  for (const violation of evaluateSheet(sheet, { forDeclare: true }).violations) {
    ctx.addIssue({
      code: 'custom',
      path: zodPath(violation.path),
      message: violation.message,
      params: { rule: violation.rule },
    });
  }
});
