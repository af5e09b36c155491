// 演示流程 on the demo page: each guided flow, what it shows, and 开始演示 (which loads its data,
// signs in as its first account and opens the guide; see src/app/GuidedFlow.tsx). A plain list:
// the flows' names are not headings (the page's outline is its cards).
import { List, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { guidedFlows } from '../model/guidedFlows';

export function FlowList({ scenarioName }: { scenarioName: (id: string) => string }) {
  return (
    <List
      dataSource={[...guidedFlows]}
      renderItem={(flow) => (
        <List.Item
          key={flow.id}
          actions={[
            <Link key="start" to={`${paths.demo()}?flow=${flow.id}`} aria-label={`开始演示：${flow.name}`}>
              开始演示
            </Link>,
          ]}
        >
          <div style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ display: 'block' }}>
              {flow.name}
            </Typography.Text>
            <Typography.Text style={{ display: 'block' }}>{flow.summary}</Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {flow.steps.length} 步 · 载入“{scenarioName(flow.scenario)}”（当前演示数据将被替换）
            </Typography.Text>
          </div>
        </List.Item>
      )}
    />
  );
}
