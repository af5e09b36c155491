import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { checkBrowserReadiness } from '@/lib/browserReadiness';

/** 浏览器准备: what this browser has of what the platform needs, naming what is missing. */
export function BrowserReadiness() {
  const [items] = useState(() => checkBrowserReadiness());
  const missing = items.filter((item) => !item.ok);
  return (
    <Card title="浏览器检查" size="small">
      <Typography.Paragraph>
        {missing.length === 0 ? '浏览器满足本平台的全部要求。' : `有 ${missing.length} 项未满足：`}
      </Typography.Paragraph>
      <ul aria-label="浏览器检查结果" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((item) => (
          <li key={item.id} style={{ marginBottom: 6 }}>
            <Space align="start">
              {item.ok ? (
                <CheckCircleFilled style={{ color: '#237804' }} aria-hidden />
              ) : item.required ? (
                <CloseCircleFilled style={{ color: '#cf1322' }} aria-hidden />
              ) : (
                <ExclamationCircleFilled style={{ color: '#ad4e00' }} aria-hidden />
              )}
              <span>
                {item.label}：{item.ok ? '支持' : item.required ? '缺少' : '不可用'}
                {!item.ok && (
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {item.help}
                  </Typography.Text>
                )}
              </span>
            </Space>
          </li>
        ))}
      </ul>
    </Card>
  );
}
