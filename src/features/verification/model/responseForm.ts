// The 处理 form's values: a reply and, per document (and 其他附件), the files attached. Kept as
// work in progress; turned into the request's flat list of attachments on submit.
import { z } from 'zod';
import { fileRefSchema } from '@/domain/files';
import { startingAttachments } from '@/domain/verification/verificationRules';
import {
  documentCatalog,
  OTHER_DOCUMENT,
  type Attachment,
  type DocumentKey,
  type VerificationRecord,
} from '@/contract/verification';

export type FileSlot = DocumentKey | typeof OTHER_DOCUMENT;

export const responseFormSchema = z.object({
  reply: z.string(),
  files: z.record(z.string(), z.array(fileRefSchema)),
});
export type ResponseForm = z.infer<typeof responseFormSchema>;

/** The documents the form offers: the required ones first, in the record's order, then the rest. */
export function slotsOf(record: Pick<VerificationRecord, 'requiredDocuments'>): FileSlot[] {
  const optional = documentCatalog.map((d) => d.key).filter((key) => !record.requiredDocuments.includes(key));
  return [...record.requiredDocuments, ...optional, OTHER_DOCUMENT];
}

/** A new response starts from the last one's attachments (a returned record keeps them). */
export function startingForm(record: VerificationRecord): ResponseForm {
  const files: Record<string, Attachment['file'][]> = {};
  for (const a of startingAttachments(record)) files[a.document] = [...(files[a.document] ?? []), a.file];
  return { reply: '', files };
}

export function attachmentsOf(form: ResponseForm, slots: readonly FileSlot[]): Attachment[] {
  return slots.flatMap((slot) => (form.files[slot] ?? []).map((file) => ({ document: slot, file })));
}
