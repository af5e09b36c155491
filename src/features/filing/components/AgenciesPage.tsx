import { useQuery } from '@tanstack/react-query';
import { App, Button, Drawer, Modal, Popconfirm, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ListTable } from '@/components/list/ListTable';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { useUrlList } from '@/components/list/useUrlList';
import { PendingWrite } from '@/components/form/SubmitBar';
import { capabilityLabels } from '@/values/capabilities';
import { formatDateTime } from '@/lib/format';
import { isAuthorisationInForce } from '@/domain/filing/agencyRules';
import { endpoints } from '@/contract/endpoints';
import type { AgencyRecord } from '@/contract/agency';
import { agencyQueries, useRevokeAgency } from '../api/agencies';
import { AgencyForm } from './AgencyForm';

const TABLE = {
  rows: 'agencies',
  label: '代录入企业列表',
  error: '无法读取代录入企业',
  empty: '还没有授权代录入企业',
} as const;

/** 代录入企业: the agencies this enterprise authorises to enter applications on its behalf. */
export function AgenciesPage({ username, ownUscc }: { username: string; ownUscc: string | null }) {
  const { message } = App.useApp();
  const urlList = useUrlList({
    endpoint: endpoints.agencies,
    filters: [],
    hideOnSinglePage: true,
    listQuery: agencyQueries.list,
  });
  const agencies = useQuery(agencyQueries.list(urlList.query));
  const [editing, setEditing] = useState<AgencyRecord | 'new' | null>(null);
  const [history, setHistory] = useState<AgencyRecord | null>(null);
  const revoke = useRevokeAgency();
  const revoking = agencies.data?.agencies.find((a) => a.id === revoke.variables?.params?.id);

  const onRevoke = (agency: AgencyRecord) => {
    void revoke.submit(
      { params: { id: agency.id }, body: { version: agency.version } },
      { onSuccess: () => void message.success(`已撤销 ${agency.data.nameCn} 的代录入授权，立即生效。`) },
    );
  };

  const columns: TableColumnsType<AgencyRecord> = [
    { title: '企业名称', render: (_, a) => a.data.nameCn },
    { title: '统一社会信用代码', render: (_, a) => a.data.uscc },
    { title: '授权范围', render: (_, a) => a.data.scope.map((c) => capabilityLabels[c]).join('、') },
    { title: '授权期限', render: (_, a) => `${a.data.validFrom} 至 ${a.data.validTo}` },
    {
      title: '状态',
      render: (_, a) =>
        a.status === '已撤销' ? (
          <Tag>已撤销</Tag>
        ) : isAuthorisationInForce(a, new Date()) ? (
          <Tag>生效中</Tag>
        ) : (
          <Tag>不在期限内</Tag>
        ),
    },
    {
      title: '操作',
      render: (_, agency) => (
        <Space>
          {agency.status === '有效' && (
            <Button
              size="small"
              aria-label={`修改 ${agency.data.nameCn} 的授权`}
              onClick={() => setEditing(agency)}
            >
              修改
            </Button>
          )}
          {agency.status === '有效' && (
            <Popconfirm
              title="撤销代录入授权"
              description={`撤销后 ${agency.data.nameCn} 立即不能再代本企业办理业务。确定撤销吗？`}
              okText="确定撤销"
              cancelText="取消"
              onConfirm={() => onRevoke(agency)}
            >
              <Button size="small" danger aria-label={`撤销 ${agency.data.nameCn} 的授权`}>
                撤销
              </Button>
            </Popconfirm>
          )}
          <Button
            size="small"
            aria-label={`${agency.data.nameCn} 的变更记录`}
            onClick={() => setHistory(agency)}
          >
            变更记录
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        代录入企业只能在授权范围和期限内代本企业录入申请；撤销立即生效。
      </Typography.Paragraph>
      <div>
        <Button type="primary" onClick={() => setEditing('new')}>
          新增代录入企业
        </Button>
      </div>
      <PendingWrite write={revoke} doing={`撤销 ${revoking?.data.nameCn ?? ''} 的授权`} />
      {revoke.error && <RequestErrorAlert error={revoke.error} title="撤销未完成" />}
      <ListTable query={agencies} list={urlList} columns={columns} table={TABLE} />
      <Drawer
        open={editing !== null}
        onClose={() => setEditing(null)}
        size={560}
        title={editing === 'new' ? '新增代录入企业' : `修改授权：${editing?.data.nameCn ?? ''}`}
        destroyOnHidden
      >
        {editing !== null && (
          <AgencyForm
            agency={editing === 'new' ? null : editing}
            username={username}
            ownUscc={ownUscc}
            onDone={() => setEditing(null)}
          />
        )}
      </Drawer>
      <Modal
        open={history !== null}
        onCancel={() => setHistory(null)}
        footer={null}
        title={`变更记录：${history?.data.nameCn ?? ''}`}
      >
        <ul aria-label="变更记录" style={{ paddingLeft: 16 }}>
          {history?.history.map((entry) => (
            <li key={`${entry.at}-${entry.action}`} style={{ marginBottom: 8 }}>
              {formatDateTime(entry.at)} · {entry.by} · {entry.action}
              {entry.changes.map((change) => (
                <div key={change.label}>
                  <Typography.Text type="secondary">
                    {change.label}：{change.before} → {change.after}
                  </Typography.Text>
                </div>
              ))}
            </li>
          ))}
        </ul>
      </Modal>
    </Space>
  );
}
