import { Tag } from 'antd';

// Text colours chosen for WCAG AA contrast on antd's light tag backgrounds.
const colours: Record<string, string> = {
  暂存: 'default',
  申报: 'processing',
  审核通过: 'success',
  审核不通过: 'error',
  已撤回: 'warning',
};

/** 申请状态 and similar states, one colour per meaning across the app. */
export function StatusTag({ status }: { status: string }) {
  return <Tag color={colours[status] ?? 'default'}>{status}</Tag>;
}
