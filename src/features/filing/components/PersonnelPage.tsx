import { useQuery } from '@tanstack/react-query';
import { App, Button, Drawer, Popconfirm, Space, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ListTable } from '@/components/list/ListTable';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { useUrlList } from '@/components/list/useUrlList';
import { StatusTag } from '@/components/StatusTag';
import { PendingWrite } from '@/components/form/SubmitBar';
import { maskIdCard } from '@/values/idCard';
import { canDisablePerson, canEditPerson } from '@/domain/filing/personnelRules';
import { endpoints } from '@/contract/endpoints';
import type { PersonRecord } from '@/contract/personnel';
import { explainPerson } from '@/domain/filing/personnelExplanation';
import { filingStatusLabel } from '@/domain/filing/filingExplanation';
import { personnelQueries, useDisablePerson } from '../api/personnel';
import { PersonForm } from './PersonForm';

/** 办理情况 of one person: the state in words, and customs' opinion when it refused. */
function PersonOutcome({ person }: { person: PersonRecord }) {
  const explained = explainPerson(person);
  return (
    <div>
      <Typography.Text type={explained.tone === 'error' ? 'danger' : undefined}>
        {explained.text}
      </Typography.Text>
      {explained.opinion && <div>海关审核意见：{explained.opinion}</div>}
    </div>
  );
}

const TABLE = {
  rows: 'personnel',
  label: '授权人员列表',
  error: '无法读取授权人员',
  empty: '还没有授权人员',
} as const;

/** 授权人员: the enterprise's authorised personnel; add, edit, disable; customs reviews each. */
export function PersonnelPage({ username }: { username: string }) {
  const { message } = App.useApp();
  const urlList = useUrlList({
    endpoint: endpoints.personnel,
    filters: [],
    hideOnSinglePage: true,
    listQuery: personnelQueries.list,
  });
  const personnel = useQuery(personnelQueries.list(urlList.query));
  const [editing, setEditing] = useState<PersonRecord | 'new' | null>(null);
  const disable = useDisablePerson();

  const disabling = personnel.data?.personnel.find((p) => p.id === disable.variables?.params?.id);
  const onDisable = (person: PersonRecord) => {
    void disable.submit(
      { params: { id: person.id }, body: { version: person.version } },
      { onSuccess: () => void message.success(`已停用授权人员 ${person.data.name}。`) },
    );
  };

  const columns: TableColumnsType<PersonRecord> = [
    { title: '姓名', render: (_, p) => p.data.name || '（未填写）' },
    { title: '身份证号码', render: (_, p) => maskIdCard(p.data.idNumber) || '—' },
    { title: '移动电话', render: (_, p) => p.data.mobile || '—' },
    {
      title: '申请状态',
      dataIndex: 'status',
      render: (status: PersonRecord['status']) => (
        <StatusTag status={status} label={filingStatusLabel(status)} />
      ),
    },
    {
      title: '办理情况',
      key: 'outcome',
      width: 170,
      render: (_, person) => <PersonOutcome person={person} />,
    },
    {
      title: '操作',
      render: (_, person) => (
        <Space>
          {canEditPerson(person).ok && (
            <Button size="small" aria-label={`修改 ${person.data.name}`} onClick={() => setEditing(person)}>
              修改
            </Button>
          )}
          {canDisablePerson(person).ok && (
            <Popconfirm
              title="停用授权人员"
              description={`停用后 ${person.data.name} 不能再代表本企业办理业务。确定停用吗？`}
              okText="确定停用"
              cancelText="取消"
              onConfirm={() => onDisable(person)}
            >
              <Button size="small" danger aria-label={`停用 ${person.data.name}`}>
                停用
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        每人需上传授权委托书和身份证（PDF、JPG 或 PNG，不超过 200 KB）。
      </Typography.Paragraph>
      <div>
        <Button type="primary" onClick={() => setEditing('new')}>
          新增授权人员
        </Button>
      </div>
      <PendingWrite write={disable} doing={`停用 ${disabling?.data.name ?? '授权人员'}`} />
      {disable.error && <RequestErrorAlert error={disable.error} title="停用未完成" />}
      <ListTable query={personnel} list={urlList} columns={columns} table={TABLE} />
      <Drawer
        open={editing !== null}
        onClose={() => setEditing(null)}
        size={560}
        title={editing === 'new' ? '新增授权人员' : `修改授权人员 ${editing?.data.name ?? ''}`}
        destroyOnHidden
      >
        {editing !== null && (
          <PersonForm
            person={editing === 'new' ? null : editing}
            username={username}
            onDone={() => setEditing(null)}
          />
        )}
      </Drawer>
    </Space>
  );
}
