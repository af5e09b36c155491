// A document field: choose a file, checked here by content and size before it is uploaded
// (the service checks again), and keep only a reference to the stored file in the form.
import { Button, Space, Typography } from 'antd';
import type { FieldValues } from 'react-hook-form';
import type { Ref } from 'react';
import { formatBytes, type FileRef } from '@/values/files';
import { FileLink } from '../FileLink';
import { DOCUMENT_ACCEPT, FilePicker } from '../FilePicker';
import { FieldFrame } from './FieldFrame';
import { useFileField, type FileFieldProps } from './useFileUpload';

export function AttachmentField<T extends FieldValues, TChecked = T>(props: FileFieldProps<T, TChecked>) {
  const { limitBytes } = props;
  const { label, required, id, helpId, ref, onChange, message, upload, uploading, ...field } =
    useFileField(props);
  const value = field.value as FileRef | null;

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
