// The sheet's totals and PR7/PR8, recomputed as the user types, and every rule the sheet breaks,
// each linking to its field. It publishes the violations to the fields through the store.
import { Alert, Button, Descriptions } from 'antd';
import { memo, useEffect, useMemo } from 'react';
import { evaluateSheet, showAmount, type SheetResult, type Violation } from '@/domain/preReview/costSheet';
import type { Sheet } from '@/contract/sheet';
import { useFormValuesAfterPaint, type ValuesSource } from '@/lib/useFormValuesAfterPaint';
import type { ViolationStore } from '../model/violationStore';

interface SheetSummaryProps {
  form: ValuesSource<Sheet>;
  store: ViolationStore;
  /** After a first 申报 attempt, empty required fields count too. */
  forDeclare: boolean;
  /** Violations the service reported that the sheet has not been edited since. */
  serverViolations: readonly Violation[];
  onGoTo: (path: string) => void;
}

export function SheetSummary({ form, store, forDeclare, serverViolations, onGoTo }: SheetSummaryProps) {
  // The keystroke itself paints first; totals and rules follow right after that frame (a 300-line
  // sheet takes a few milliseconds to evaluate, which must not delay what the user typed).
  const sheet = useFormValuesAfterPaint(form);
  const result = useMemo(() => evaluateSheet(sheet, { forDeclare }), [sheet, forDeclare]);
  const violations = useMemo(() => {
    const seen = new Set(result.violations.map((v) => `${v.path}|${v.message}`));
    return [...result.violations, ...serverViolations.filter((v) => !seen.has(`${v.path}|${v.message}`))];
  }, [result.violations, serverViolations]);
  useEffect(() => store.set(violations), [store, violations]);
  return <SummaryView result={result} violations={violations} forDeclare={forDeclare} onGoTo={onGoTo} />;
}

/** What the summary shows: only the sheet's result and violations (or 申报's first try) change it. */
const SummaryView = memo(function SummaryView({
  result,
  violations,
  forDeclare,
  onGoTo,
}: {
  result: SheetResult;
  violations: readonly Violation[];
  forDeclare: boolean;
  onGoTo: (path: string) => void;
}) {
  return (
    <section aria-label="计算结果">
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 3 }}>
        <Descriptions.Item label="Σ原料原产价值">{showAmount(result.totalOrigin)}</Descriptions.Item>
        <Descriptions.Item label="Σ原料非原产价值">{showAmount(result.totalNonOrigin)}</Descriptions.Item>
        <Descriptions.Item label="Σ合计">{showAmount(result.total)}</Descriptions.Item>
        <Descriptions.Item label="非原产占出厂价的百分比">
          <span data-testid="percent-ex-factory">{result.exFactoryPercent}</span>
        </Descriptions.Item>
        <Descriptions.Item label="非原产占 FOB 的百分比">
          <span data-testid="percent-fob">{result.fobPercent}</span>
        </Descriptions.Item>
      </Descriptions>
      {violations.length > 0 && (
        <Alert
          type={forDeclare ? 'error' : 'warning'}
          showIcon
          style={{ marginTop: 12 }}
          title={`${violations.length} 处需要修改${forDeclare ? '后才能申报' : '（暂存不受影响）'}`}
          description={
            <ul
              aria-label="需要修改的项目"
              style={{ margin: 0, paddingLeft: 18, maxHeight: 200, overflow: 'auto' }}
            >
              {violations.slice(0, 50).map((v) => (
                <li key={`${v.path}|${v.message}`}>
                  {v.message}{' '}
                  <Button
                    type="link"
                    size="small"
                    onClick={() => onGoTo(v.path)}
                    style={{ padding: 0, height: 'auto' }}
                  >
                    定位
                  </Button>
                </li>
              ))}
              {violations.length > 50 && <li>…另有 {violations.length - 50} 处</li>}
            </ul>
          }
        />
      )}
    </section>
  );
});
