// What an import or a paste did: how many lines, and each cell it could not read by the row it
// had in the source, so the user can go back to the spreadsheet and fix exactly those.
import { Alert, Button } from 'antd';
import { MAX_LINES } from '@/contract/sheet';
import { pastLimitReport } from '../model/lineLimit';
import type { PasteProblem } from '../model/lineCells';

export function ImportReport({
  title,
  problems,
  normalised,
  hint,
  limit,
  onClose,
}: {
  title: string;
  problems: readonly PasteProblem[];
  /** Source rows whose full-width characters were made half-width. */
  normalised: readonly number[];
  /** What the user can do about the problems. */
  hint?: string;
  /** The sheet went past its limit: by how many lines, and the way back to it. */
  limit?: { over: number; onTrim: () => void };
  onClose?: () => void;
}) {
  const said = problems.length > 0 || normalised.length > 0;
  return (
    <Alert
      style={{ marginTop: 12 }}
      type={problems.length > 0 || limit ? 'warning' : 'success'}
      showIcon
      role="status"
      closable={onClose ? { onClose, 'aria-label': '关闭报告' } : undefined}
      title={problems.length > 0 ? `${title}，${problems.length} 处无法读取` : title}
      description={
        (said || limit) && (
          <>
            {limit && (
              <div role="alert">
                {pastLimitReport(limit.over)}
                <div style={{ marginTop: 8 }}>
                  <Button size="small" onClick={limit.onTrim}>
                    只保留前 {MAX_LINES} 行
                  </Button>
                </div>
              </div>
            )}
            {hint && said && <div>{hint}</div>}
            {said && (
              <ul
                aria-label="导入报告"
                style={{ margin: 0, paddingLeft: 18, maxHeight: 160, overflow: 'auto' }}
              >
                {problems.map((p) => (
                  <li key={`${p.row}-${p.message}`}>{p.message}</li>
                ))}
                {normalised.length > 0 && <li>第 {normalised.join('、')} 行的全角数字已转换为半角。</li>}
              </ul>
            )}
          </>
        )
      }
    />
  );
}
