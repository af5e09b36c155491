// A document that may take several files (e.g. a set of invoices): each checked by content and
// size here (the service checks again), uploaded, and listed with a download and a remove.
import { Button, Space, Typography } from 'antd';
import { useEffect, type Ref } from 'react';
import type { FieldValues } from 'react-hook-form';
import { formatBytes, type FileRef } from '@/values/files';
import { FileLink } from '../FileLink';
import { DOCUMENT_ACCEPT, FilePicker } from '../FilePicker';
import { FieldFrame } from './FieldFrame';
import { useFileField, type FileFieldProps } from './useFileUpload';

interface MultiAttachmentFieldProps<T extends FieldValues, TChecked> extends FileFieldProps<T, TChecked> {
  maxFiles: number;
  /** Told when an upload starts and ends, so a form can wait for it before submitting. */
  onBusyChange?: (busy: boolean) => void;
}

export function MultiAttachmentField<T extends FieldValues, TChecked = T>({
  maxFiles,
  onBusyChange,
  ...props
}: MultiAttachmentFieldProps<T, TChecked>) {
  const { limitBytes } = props;
  const { label, required, id, helpId, ref, onChange, message, upload, uploading, say, ...field } =
    useFileField(props);
  const value: readonly FileRef[] = Array.isArray(field.value) ? (field.value as FileRef[]) : [];
  useEffect(() => onBusyChange?.(uploading), [onBusyChange, uploading]);
  const full = value.length >= maxFiles;

  const choose = async (files: File[]) => {
    const room = maxFiles - value.length;
    let next = [...value];
    for (const file of files.slice(0, room)) {
      const stored = await upload(file);
      if (!stored) return; // the problem is shown; files already uploaded are kept
      next = [...next, stored];
      onChange(next);
    }
    // Files beyond the limit are not dropped silently: the field says which were left out.
    const left = files.slice(room);
    if (left.length > 0) say(`最多 ${maxFiles} 个文件，未添加：${left.map((f) => f.name).join('、')}`);
  };

  return (
    <FieldFrame
      id={id}
      label={label}
      required={required}
      message={message}
      extra={`PDF、JPG 或 PNG 文件，每个不超过 ${formatBytes(limitBytes)}，最多 ${maxFiles} 个。`}
    >
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        {value.map((file, i) => (
          <Space key={file.id} wrap>
            <FileLink file={file} />
            <Button
              size="small"
              aria-label={`移除${label}的附件 ${file.name}`}
              onClick={() => onChange(value.filter((_, k) => k !== i))}
            >
              移除
            </Button>
          </Space>
        ))}
        <Space wrap>
          <FilePicker
            id={id}
            label={label}
            accept={DOCUMENT_ACCEPT}
            multiple
            disabled={uploading || full}
            buttonText={value.length > 0 ? '继续添加' : '选择文件'}
            invalid={Boolean(message)}
            describedBy={message ? helpId : undefined}
            buttonRef={ref as Ref<never>}
            onFiles={(files) => void choose(files)}
          />
          {uploading && <Typography.Text type="secondary">正在上传…</Typography.Text>}
        </Space>
      </Space>
    </FieldFrame>
  );
}
