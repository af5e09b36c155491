// The platform's identity on every page: a neutral emblem (a globe under a seal's ring, not the
// customs badge, which this demo may not use), the name, the side it serves, and — in the demo —
// a plain 演示环境 mark, so nobody takes mocked data for a real filing.
import { Tag } from 'antd';
import { PLATFORM_NAME } from './brand';

export function Emblem({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="15" fill="#fff" stroke="#c9a227" strokeWidth="2" />
      <circle cx="16" cy="16" r="9.5" fill="none" stroke="#1d4e89" strokeWidth="1.6" />
      <ellipse cx="16" cy="16" rx="4.2" ry="9.5" fill="none" stroke="#1d4e89" strokeWidth="1.4" />
      <path d="M6.8 13h18.4M6.8 19h18.4" stroke="#1d4e89" strokeWidth="1.4" />
    </svg>
  );
}

/** 演示环境, in colours that read on the dark header and on white (antd's gold is too faint). */
export function DemoTag() {
  return (
    <Tag
      variant="outlined"
      style={{
        marginInlineEnd: 0,
        flexShrink: 0,
        background: '#fff7e6',
        color: '#7a3e00',
        borderColor: '#ffc069',
      }}
    >
      演示环境
    </Tag>
  );
}

/**
 * Emblem, name and side; `tone` is the background it sits on. `compact` (a phone's header) keeps
 * the emblem and the name only.
 */
export function BrandMark({
  tone = 'dark',
  compact = false,
  suffix,
}: {
  tone?: 'dark' | 'light';
  compact?: boolean;
  /** What follows the name, e.g. 海关模拟审核台 on the customs side. */
  suffix?: string;
}) {
  const color = tone === 'dark' ? '#fff' : '#1f2937';
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 10, color, minWidth: 0 }}>
      <Emblem size={compact ? 28 : 32} />
      <span style={{ display: 'inline-flex', flexDirection: 'column', lineHeight: 1.25, minWidth: 0 }}>
        <span style={{ fontSize: compact ? 16 : 18, fontWeight: 600, whiteSpace: 'nowrap' }}>
          {PLATFORM_NAME}
        </span>
        {!compact && (
          <span style={{ fontSize: 12, opacity: 0.85, whiteSpace: 'nowrap' }}>{suffix ?? '企业端'}</span>
        )}
      </span>
      {__SIMULATOR__ && <DemoTag />}
    </span>
  );
}
