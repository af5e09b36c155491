// One criterion of a rule: its verdict, figure against threshold (a small bar), margin and how
// it was worked out; the lines that stop it, each with a way to go to the line.
import { Button, Progress, Space, Typography } from 'antd';
import type { CriterionResult, LineRef } from '@/domain/origin/evaluate';
import { StatusTag } from '@/components/StatusTag';
import { lineText, nonOriginText, statusLabels } from './originStatus';
import { SHOWN_LINES } from './adviceDigest';

export function LineList({
  lines,
  onGoTo,
}: {
  lines: LineRef[];
  onGoTo?: ((index: number) => void) | undefined;
}) {
  const shown = lines.slice(0, SHOWN_LINES);
  return (
    <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
      {shown.map((line) => (
        <li key={line.key}>
          {lineText(line)}
          {line.hs && `（${line.hs}）`}，原产国(地区) {line.origin || '—'}，{nonOriginText(line)}
          {onGoTo && (
            <>
              {' '}
              <Button
                type="link"
                size="small"
                style={{ padding: 0, height: 'auto' }}
                onClick={() => onGoTo(line.index)}
              >
                定位
              </Button>
            </>
          )}
        </li>
      ))}
      {lines.length > shown.length && <li>…另有 {lines.length - shown.length} 行</li>}
    </ul>
  );
}

export function CriterionRow({
  result,
  onGoTo,
}: {
  result: CriterionResult;
  onGoTo?: ((index: number) => void) | undefined;
}) {
  const { bar } = result;
  const good = result.status === 'met';
  return (
    <li style={{ marginBottom: 8 }}>
      <Space wrap size={8} align="center">
        <Typography.Text strong>{result.label}</Typography.Text>
        <StatusTag status={statusLabels[result.status]} />
        {result.figure && <Typography.Text>{result.figure}</Typography.Text>}
      </Space>
      {bar && (
        <div style={{ maxWidth: 360 }} aria-hidden>
          <Progress
            size="small"
            percent={Math.max(0, Math.min(100, bar.value))}
            showInfo={false}
            strokeColor={good ? '#389e0d' : '#cf1322'}
            success={{ percent: 0 }}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            门槛 {bar.higherIsBetter ? '≥' : '≤'} {bar.threshold}%
          </Typography.Text>
        </div>
      )}
      <div>
        <Typography.Text type="secondary">{result.says}</Typography.Text>
      </div>
      {result.failing.length > 0 && result.criterion.kind !== 'rvc' && (
        <div>
          未满足要求的行：
          <LineList lines={result.failing} onGoTo={onGoTo} />
        </div>
      )}
      {result.unknown.length > 0 && (
        <div>
          需要填写原料HS编码才能判断的行：
          <LineList lines={result.unknown} onGoTo={onGoTo} />
        </div>
      )}
    </li>
  );
}
