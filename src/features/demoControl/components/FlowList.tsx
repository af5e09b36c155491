// 演示流程 on the demo page: each guided flow, what it shows, and 开始演示 (which loads its data,
// signs in as its first account and opens the guide; see src/app/GuidedFlow.tsx).
import { List, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { guidedFlows } from '../model/guidedFlows';

export function FlowList({ scenarioName }: { scenarioName: (id: string) => string }) {
  return (
    <List
      itemLayout="vertical"
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
          <List.Item.Meta
            title={flow.name}
            description={`${flow.steps.length} 步 · 载入“${scenarioName(flow.scenario)}”（当前演示数据将被替换）`}
          />
          <Typography.Text>{flow.summary}</Typography.Text>
        </List.Item>
      )}
    />
  );
}
