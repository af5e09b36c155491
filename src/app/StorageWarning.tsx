import { Alert } from 'antd';
import { useStorageProblem } from '@/lib/storage';

/** Local storage full or unavailable: the app keeps working, but unsaved input will not survive a reload. */
export function StorageWarning() {
  const problem = useStorageProblem();
  if (!problem) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={problem === 'quota' ? '浏览器存储空间已满' : '浏览器存储不可用（例如无痕模式）'}
      description="您仍可继续操作，但未暂存的填写内容在刷新页面后将无法恢复，请及时暂存。"
    />
  );
}
