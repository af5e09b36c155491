import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { saveBlob } from '@/lib/saveBlob';
import type { DownloadItem } from '../model/downloadItem';

/** Files to download, each with what it is for; a failure is said, never silent. */
export function DownloadList({ intro, items }: { intro: string; items: readonly DownloadItem[] }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (item: DownloadItem) => {
    setBusy(item.key);
    try {
      saveBlob(await item.build(), item.fileName);
    } catch {
      void message.error(`“${item.title}”生成失败，请稍后重试。`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Paragraph style={{ margin: 0 }}>{intro}</Typography.Paragraph>
      {items.map((item) => (
        <Card key={item.key} size="small">
          <Space orientation="vertical" size={4} style={{ width: '100%' }}>
            <Space wrap>
              <Typography.Text strong>{item.title}</Typography.Text>
              <Tag>{item.format}</Tag>
            </Space>
            <Typography.Text type="secondary">{item.description}</Typography.Text>
            <div>
              <Button
                icon={<DownloadOutlined />}
                loading={busy === item.key}
                aria-label={`下载 ${item.fileName}`}
                onClick={() => void download(item)}
              >
                下载 {item.fileName}
              </Button>
            </div>
          </Space>
        </Card>
      ))}
    </Space>
  );
}
