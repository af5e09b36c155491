// The 处理 form's values: a reply and, per document (and 其他附件), the files attached. Kept as
// work in progress; turned into the request's flat list of attachments on submit.
import { z } from 'zod';
import { fileRefSchema } from '@/values/files';
import { keptReader, partNamer } from '@/lib/keptValues';
import {
  missingDocuments,
  missingMessage,
  startingAttachments,
} from '@/domain/verification/verificationRules';
import {
  documentCatalog,
  OTHER_DOCUMENT,
  OTHER_DOCUMENT_LABEL,
  documentLabels,
  respondRequestSchema,
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

/** Kept work read back by the form's shape; a part that cannot be read is named by its document. */
export const readKeptResponse = keptReader<ResponseForm>(
  responseFormSchema,
  partNamer({ reply: '回复说明', ...documentLabels, [OTHER_DOCUMENT]: OTHER_DOCUMENT_LABEL }),
);

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

/**
 * What 提交回复 checks, on the request the form makes: the request's own rules, and every document
 * the record ticked attached (VR2), each said on its document as the service says it.
 */
export function responseRequestSchemaFor(record: Pick<VerificationRecord, 'requiredDocuments'>) {
  return respondRequestSchema.superRefine(({ attachments }, ctx) => {
    for (const key of missingDocuments(record.requiredDocuments, attachments))
      ctx.addIssue({ code: 'custom', path: ['documents', key], message: missingMessage(key) });
  });
}

/** The form's field a request path names: a document's files are `files.<key>` in the form. */
export const responseFieldOf = (path: string) => path.replace(/^documents\./, 'files.');
