// The actions a pre-review offers now, exactly as the action table allows (domain.md F3):
// 修改 and 申报 of drafts, 变更, and 注销 / 恢复 / 删除 with a 申请说明 — each dialog says it makes
// a draft and offers to declare it at once; a deletion that removes the record only confirms.
// The buttons are all a row of 查询 renders; what an action does (its dialog and writes:
// PreReviewActionWork) is mounted on the record's first click and stays, so the buttons — and
// the focus on the one pressed — are never replaced.
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { actionLabels, allowedActions, copiesToNew, pairOf } from '@/domain/preReview/stateTable';
import { paths } from '@/lib/paths';
import {
  PreReviewActionWork,
  type ActionAsked,
  type ActionsBusy,
  type ActionTarget,
  type Intent,
} from './PreReviewActionWork';

export type { ActionTarget } from './PreReviewActionWork';

interface Props {
  /** A row of 查询, or the record itself (detail page). */
  record: ActionTarget;
  /** Whose editor's unsaved changes to look for. */
  username: string;
  /** Buttons in a table row are small. */
  compact?: boolean;
  /** After a deletion removed the record (ST4). */
  onRemoved?: () => void;
}

const idle: ActionsBusy = { declaring: false, copying: false, changing: false };

export function PreReviewActions({ record, username, compact = false, onRemoved }: Props) {
  const navigate = useNavigate();
  const [asked, setAsked] = useState<ActionAsked | null>(null);
  const [busy, setBusy] = useState<ActionsBusy>(idle);
  const ask = (intent: Intent) => setAsked((last) => ({ intent, n: (last?.n ?? 0) + 1 }));
  const name = record.nameCn || '未命名产品';
  const pair = pairOf(record.state, record.applicationStatus);
  const allowed = allowedActions(pair);
  const editsData = record.state === '新增' || record.state === '变更';
  const size = compact ? 'small' : 'middle';

  return (
    <>
      <Space wrap size={4}>
        {allowed.includes('edit') && (
          <Button
            size={size}
            aria-label={editsData ? `修改 ${name}` : `修改 ${name} 的申请说明`}
            onClick={() => (editsData ? void navigate(paths.editPreReview(record.id)) : ask('edit'))}
          >
            修改
          </Button>
        )}
        {allowed.includes('declare') && !editsData && (
          <Button
            size={size}
            type="primary"
            aria-label={`申报 ${name} 的${record.state}申请`}
            loading={busy.declaring}
            onClick={() => ask('declare')}
          >
            申报
          </Button>
        )}
        {copiesToNew(pair) && (
          <Button
            size={size}
            aria-label={`复制 ${name} 为新申请`}
            loading={busy.copying}
            onClick={() => ask('copy')}
          >
            复制为新申请
          </Button>
        )}
        {allowed.includes('change') && (
          <Button
            size={size}
            aria-label={`变更 ${name}`}
            loading={busy.changing}
            onClick={() => ask('change')}
          >
            变更
          </Button>
        )}
        {(['cancel', 'restore', 'delete'] as const)
          .filter((action) => allowed.includes(action))
          .map((action) => (
            <Button
              key={action}
              size={size}
              danger={action !== 'restore'}
              aria-label={`${actionLabels[action]} ${name}`}
              onClick={() => ask(action)}
            >
              {actionLabels[action]}
            </Button>
          ))}
      </Space>
      {asked && (
        <PreReviewActionWork
          record={record}
          username={username}
          asked={asked}
          onBusy={setBusy}
          onRemoved={onRemoved}
        />
      )}
    </>
  );
}
