// Choosing a file for a document field: checked here by content (magic bytes) and size before it
// is sent (the service checks again), then uploaded; the field keeps only the stored reference.
import { useState, type Ref } from 'react';
import { useController, type FieldValues } from 'react-hook-form';
import type { UploadPurpose } from '@/contract/files';
import { checkFile, type FileRef } from '@/values/files';
import { describeError } from '@/lib/api/apiError';
import { uploadFile } from '@/lib/api/files';
import { newIdempotencyKey } from '@/lib/idempotency';
import { helpIdOf } from './FieldFrame';
import { fieldId, labellingOf, type FieldProps } from './FormField';

export function useFileUpload(purpose: UploadPurpose, limitBytes: number) {
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  /** The stored file, or null when it was refused or the upload failed (`problem` says why). */
  const upload = async (file: File): Promise<FileRef | null> => {
    setProblem(null);
    const check = checkFile({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name, limitBytes });
    if (!check.ok) {
      setProblem(check.message);
      return null;
    }
    setUploading(true);
    try {
      return await uploadFile(file, purpose, newIdempotencyKey());
    } catch (error) {
      setProblem(`上传未完成：${describeError(error)}`);
      return null;
    } finally {
      setUploading(false);
    }
  };

  /** Says a problem of the field's own (e.g. too many files chosen). */
  const say = (message: string) => setProblem(message);

  return { upload, uploading, problem, say };
}

/** What a document field is given: its form's control and name, the upload's purpose and limit. */
export interface FileFieldProps<T extends FieldValues, TChecked> extends FieldProps<T, TChecked> {
  purpose: UploadPurpose;
  limitBytes: number;
}

/**
 * A document field bound through react-hook-form: its label, id and message (the upload's
 * problem first, then the field's rule), the stored value as the form holds it, and the upload.
 */
export function useFileField<T extends FieldValues, TChecked>({
  control,
  name,
  purpose,
  limitBytes,
  ...labelling
}: FileFieldProps<T, TChecked>) {
  const { label, required } = labellingOf(labelling, name);
  const {
    field: { value, onChange, ref },
    fieldState,
  } = useController<T, typeof name, TChecked>({ control, name });
  const upload = useFileUpload(purpose, limitBytes);
  const id = fieldId(name);
  return {
    ...upload,
    label,
    required,
    id,
    helpId: helpIdOf(id),
    value: value as unknown,
    onChange: onChange as (next: unknown) => void,
    ref: ref as Ref<never>,
    message: upload.problem ?? fieldState.error?.message,
  };
}
