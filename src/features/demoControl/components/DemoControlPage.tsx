import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Radio, Select, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { PageHeading } from '@/components/PageHeading';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { PendingWrite } from '@/components/form/SubmitBar';
import { faultModes, faultScopes, type MockRuntime } from '@/contract/demo';
import { demoQueries, useResetDemo, useSetRuntime } from '../api/demoStatus';
import { faultModeLabels, faultScopeLabels } from '../model/faultLabels';
import { LoadedData } from './LoadedData';
import { FlowList } from './FlowList';
import { LoadProgress } from './LoadProgress';

/** 演示数据管理: for trainers and designers — scenario, reset, and simulated network faults. */
export function DemoControlPage() {
  const { message } = App.useApp();
  const { data: status, isPending, error, refetch } = useQuery(demoQueries.status());
  const reset = useResetDemo();
  const runtime = useSetRuntime();
  const [scenario, setScenario] = useState<string | null>(null);
  const heading = (
    <PageHeading
      title="演示数据管理"
      description="本平台的“海关服务”在浏览器中模拟运行，数据保存在本浏览器（IndexedDB）中，刷新页面和其他标签页共享同一份数据。"
    />
  );
  if (isPending)
    return (
      <>
        {heading}
        <Skeleton active />
      </>
    );
  if (error)
    return (
      <>
        {heading}
        <RequestErrorAlert error={error} title="无法读取演示数据状态" onRetry={() => void refetch()} />
      </>
    );

  const chosen = scenario ?? status.scenario;
  const scenarioName = (id: string) => status.scenarios.find((s) => s.id === id)?.name ?? id;
  const setRuntime = (change: Partial<MockRuntime>) => runtime.mutate(change);
  const current = status.scenarios.find((s) => s.id === status.scenario);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {heading}
      {(reset.error ?? runtime.error) && <RequestErrorAlert error={reset.error ?? runtime.error} />}
      <Card title="当前演示数据">
        <LoadedData status={status} scenarioName={current?.name ?? status.scenario} />
      </Card>
      <Card title="演示流程">
        <FlowList scenarioName={scenarioName} />
      </Card>
      <Card title="重置演示数据">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <label htmlFor="demo-scenario">演示场景</label>
          <Select
            id="demo-scenario"
            style={{ width: '100%', maxWidth: 480 }}
            value={chosen}
            onChange={setScenario}
            options={status.scenarios.map((s) => ({ value: s.id, label: s.name }))}
          />
          <Typography.Text type="secondary">
            {status.scenarios.find((s) => s.id === chosen)?.description}
          </Typography.Text>
          <Popconfirm
            title="重置演示数据"
            description="所有演示数据（包括已录入的内容）将恢复为所选场景的初始数据，确定吗？"
            okText="确定重置"
            cancelText="取消"
            onConfirm={() => {
              void reset.submit(
                { body: { scenario: chosen } },
                {
                  // A large scenario is still loading: LoadProgress says when it is done.
                  onSuccess: (answer) => {
                    if (!answer.loading) void message.success('演示数据已重置。');
                  },
                },
              );
            }}
          >
            <Button danger loading={reset.isPending} disabled={status.loading !== null}>
              重置演示数据
            </Button>
          </Popconfirm>
          <PendingWrite write={reset} doing="重置演示数据" />
          {/* Beside the button that started it: the page is scrolled here. */}
          <LoadProgress loading={status.loading} name={scenarioName} />
        </Space>
      </Card>
      <Card title="模拟网络状况（仅本标签页）">
        <Space orientation="vertical">
          <Typography.Text id="fault-mode-label">海关服务响应</Typography.Text>
          <Radio.Group
            name="fault-mode"
            aria-labelledby="fault-mode-label"
            value={status.runtime.fault}
            onChange={(e) => setRuntime({ fault: e.target.value as MockRuntime['fault'] })}
            options={faultModes.map((mode) => ({ value: mode, label: faultModeLabels[mode] }))}
          />
          <Typography.Text id="fault-scope-label">作用范围</Typography.Text>
          <Radio.Group
            name="fault-scope"
            aria-labelledby="fault-scope-label"
            value={status.runtime.faultScope}
            onChange={(e) => setRuntime({ faultScope: e.target.value as MockRuntime['faultScope'] })}
            options={faultScopes.map((scope) => ({ value: scope, label: faultScopeLabels[scope] }))}
          />
          <Typography.Text id="latency-label">网络延迟</Typography.Text>
          <Radio.Group
            name="latency"
            aria-labelledby="latency-label"
            value={status.runtime.latency}
            onChange={(e) => setRuntime({ latency: e.target.value as MockRuntime['latency'] })}
            options={[
              { value: 'realistic', label: '模拟真实延迟' },
              { value: 'off', label: '无延迟' },
            ]}
          />
        </Space>
      </Card>
    </Space>
  );
}
