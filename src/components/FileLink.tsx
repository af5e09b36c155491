import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { formatBytes, type FileRef } from '@/values/files';
import { downloadFile } from '@/lib/api/files';

/** A stored document: its original name (shown as text, never as markup) and a download. */
export function FileLink({ file }: { file: FileRef }) {
  const { message } = App.useApp();
  return (
    <Button
      type="link"
      icon={<PaperClipOutlined />}
      style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
      aria-label={`下载 ${file.name}`}
      onClick={() => downloadFile(file).catch(() => void message.error('下载失败，请稍后重试。'))}
    >
      {file.name}（{formatBytes(file.size)}）
    </Button>
  );
}
