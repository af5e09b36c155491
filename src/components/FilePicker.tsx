import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import type { Ref } from 'react';

/**
 * antd's Upload as a file chooser: its button opens the system's dialog (or takes a dropped file),
 * and the chosen files go to `onFiles` in one batch; nothing is sent by Upload itself, because
 * each use checks and reads or uploads the files its own way (and says what it refused).
 *
 * The label names the (hidden) file input by `id`, so clicking the label opens the dialog too; the
 * button, which is what keyboard users reach, carries the field's name and its error.
 */
export function FilePicker({
  id,
  label,
  accept,
  multiple = false,
  disabled = false,
  buttonText,
  invalid = false,
  describedBy,
  buttonRef,
  onFiles,
}: {
  id: string;
  /** The field's name, said with the button's own text. */
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  buttonText: string;
  invalid?: boolean;
  describedBy?: string;
  buttonRef?: Ref<never>;
  onFiles: (files: File[]) => void;
}) {
  return (
    <Upload
      id={id}
      accept={accept}
      multiple={multiple}
      disabled={disabled}
      showUploadList={false}
      beforeUpload={(file, batch) => {
        // Called once per chosen file, each time with the whole batch: hand the batch over once.
        if (file === batch[0]) onFiles(batch);
        return Upload.LIST_IGNORE;
      }}
    >
      <Button
        ref={buttonRef}
        icon={<UploadOutlined />}
        disabled={disabled}
        data-focus-for={id}
        aria-label={`${buttonText}：${label}`}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      >
        {buttonText}
      </Button>
    </Upload>
  );
}

/** The documents a field takes, as a file dialog's filter. */
export const DOCUMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
