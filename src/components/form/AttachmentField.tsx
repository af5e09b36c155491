// A document field: choose a file, checked here by content and size before it is uploaded
// (the service checks again), and keep only a reference to the stored file in the form.
import type { UploadPurpose } from '@/contract/files';
import { UploadOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { formatBytes, type FileRef } from '@/domain/files';
import { FileLink } from '../FileLink';
import { fieldId, labellingOf, type FieldLabelling } from './FormField';
import { FieldFrame, helpIdOf } from './FieldFrame';
import { useFileUpload } from './useFileUpload';

interface AttachmentFieldProps<T extends FieldValues> extends FieldLabelling {
  control: Control<T>;
  name: FieldPath<T>;
  purpose: UploadPurpose;
  limitBytes: number;
}

export function AttachmentField<T extends FieldValues>({
  control,
  name,
  purpose,
  limitBytes,
  ...labelling
}: AttachmentFieldProps<T>) {
  const { label, required } = labellingOf(labelling, name);
  const {
    field: { value: rawValue, onChange, ref },
    fieldState,
  } = useController({ control, name });
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
        {/* The native input stays focusable and labelled; the visible control is a Chinese button. */}
        <span className="file-picker">
          <input
            id={id}
            ref={ref}
            type="file"
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            aria-invalid={Boolean(message)}
            aria-describedby={message ? helpId : undefined}
            disabled={uploading}
            onChange={(event) => {
              void choose(event.target.files?.[0]);
              event.target.value = ''; // the same file can be chosen again after a failure
            }}
          />
          <span className="file-picker-button" aria-hidden="true">
            <UploadOutlined /> {value ? '重新选择' : '选择文件'}
          </span>
        </span>
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
