import { Alert } from 'antd';
import { formatDateTime } from '@/lib/format';

/** Says that the form shows unsaved work in progress kept from an earlier visit. */
export function RestoredNotice({ at }: { at: string | null }) {
  if (!at) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={`已恢复您在 ${formatDateTime(at)} 未提交的填写内容。`}
    />
  );
}
