// A document field: choose a file, checked here by content and size before it is uploaded
// (the service checks again), and keep only a reference to the stored file in the form.
import { Button, Space, Typography } from 'antd';
import { useController, type FieldValues } from 'react-hook-form';
import type { Ref } from 'react';
import { formatBytes, type FileRef } from '@/values/files';
import type { UploadPurpose } from '@/contract/files';
import { FileLink } from '../FileLink';
import { DOCUMENT_ACCEPT, FilePicker } from '../FilePicker';
import { fieldId, labellingOf, type FieldProps } from './FormField';
import { FieldFrame, helpIdOf } from './FieldFrame';
import { useFileUpload } from './useFileUpload';

interface AttachmentFieldProps<T extends FieldValues, TChecked> extends FieldProps<T, TChecked> {
  purpose: UploadPurpose;
  limitBytes: number;
}

export function AttachmentField<T extends FieldValues, TChecked = T>({
  control,
  name,
  purpose,
  limitBytes,
  ...labelling
}: AttachmentFieldProps<T, TChecked>) {
  const { label, required } = labellingOf(labelling, name);
  const {
    field: { value: rawValue, onChange, ref },
    fieldState,
  } = useController<T, typeof name, TChecked>({ control, name });
  const { upload, uploading, problem } = useFileUpload(purpose, limitBytes);
  const id = fieldId(name);
  const helpId = helpIdOf(id);
  const value = rawValue as FileRef | null;
  const message = problem ?? fieldState.error?.message;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const stored = await upload(file);
    if (stored) onChange(stored);
  };

  return (
    <FieldFrame
      id={id}
      label={label}
      required={required}
      message={message}
      extra={`PDF、JPG 或 PNG 文件，不超过 ${formatBytes(limitBytes)}。`}
    >
      <Space wrap>
        {value && <FileLink file={value} />}
        <FilePicker
          id={id}
          label={label}
          accept={DOCUMENT_ACCEPT}
          disabled={uploading}
          buttonText={value ? '重新选择' : '选择文件'}
          invalid={Boolean(message)}
          describedBy={message ? helpId : undefined}
          buttonRef={ref as Ref<never>}
          onFiles={(files) => void choose(files[0])}
        />
        {uploading && <Typography.Text type="secondary">正在上传…</Typography.Text>}
        {value && !uploading && (
          <Button size="small" onClick={() => onChange(null)} aria-label={`移除${label}`}>
            移除
          </Button>
        )}
      </Space>
    </FieldFrame>
  );
}
