import { Tag } from 'antd';

interface Palette {
  color: string;
  background: string;
  border: string;
}

// One colour per meaning across the app; text colours pass WCAG AA (≥ 4.5:1) on their background.
const palettes: Record<string, Palette> = {
  neutral: { color: '#434343', background: '#fafafa', border: '#d9d9d9' },
  pending: { color: '#003eb3', background: '#e6f4ff', border: '#91caff' },
  approved: { color: '#135200', background: '#f6ffed', border: '#b7eb8f' },
  rejected: { color: '#a8071a', background: '#fff1f0', border: '#ffa39e' },
  withdrawn: { color: '#873800', background: '#fff7e6', border: '#ffd591' },
};

const meaning: Record<string, keyof typeof palettes> = {
  暂存: 'neutral',
  申报: 'pending',
  待审核: 'pending',
  审核通过: 'approved',
  审核不通过: 'rejected',
  已撤回: 'withdrawn',
  待核查: 'pending',
  已回复: 'pending',
  退回核查: 'rejected',
  核查完成: 'approved',
  // 原产地标准预判
  满足: 'approved',
  未满足: 'rejected',
  无法判断: 'withdrawn',
};

/** 申请状态 and similar states; `label` when the state reads differently (申报 as 审核中). */
export function StatusTag({ status, label }: { status: string; label?: string }) {
  const palette = palettes[meaning[status] ?? 'neutral'];
  return (
    <Tag style={{ color: palette?.color, background: palette?.background, borderColor: palette?.border }}>
      {label ?? status}
    </Tag>
  );
}
