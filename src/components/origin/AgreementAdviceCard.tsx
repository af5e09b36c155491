// The advice under one agreement: verdict, the rule and its source, each criterion, what
// cumulation would give, and the fewest lines that would make the product qualify.
import { Alert, Card, Space, Switch, Typography } from 'antd';
import { memo } from 'react';
import type { AgreementAdvice } from '@/domain/origin/advise';
import { criterionLabel } from '@/domain/origin/psrRule';
import { StatusTag } from '@/components/StatusTag';
import { adviceDigest } from './adviceDigest';
import { CriterionRow, LineList } from './CriterionRow';
import { statusLabels } from './originStatus';

interface Props {
  advice: AgreementAdvice;
  onGoTo?: ((index: number) => void) | undefined;
  /** Present where the user may try cumulation (the editor and the record page). */
  cumulate?: { on: boolean; onChange: (on: boolean) => void } | undefined;
}

/**
 * Renders again only when what it shows changes (or the cumulation switch): its callbacks act
 * through state setters and refs, so an older one does the same as a newer.
 */
export const AgreementAdviceCard = memo(
  AgreementAdviceCardView,
  (before, after) =>
    before.cumulate?.on === after.cumulate?.on && adviceDigest(before.advice) === adviceDigest(after.advice),
);

function AgreementAdviceCardView({ advice, onGoTo, cumulate }: Props) {
  const { agreement, rule, suggestion } = advice;
  return (
    <Card
      size="small"
      title={agreement.name}
      // An agreement's full name wraps on a phone rather than being cut to 区域全面…（RCE….
      styles={{ title: { whiteSpace: 'normal' } }}
      extra={<StatusTag status={statusLabels[advice.status]} />}
      data-testid={`origin-advice-${agreement.id}`}
    >
      {rule ? (
        <Typography.Paragraph style={{ marginBottom: 8 }}>
          产品特定规则：<Typography.Text code>{rule.text}</Typography.Text>（
          {rule.alternatives.map(criterionLabel).join(' 或 ')}，满足其一即可）
          <br />
          <Typography.Text type="secondary">来源：{rule.source}</Typography.Text>
        </Typography.Paragraph>
      ) : (
        <Alert
          role="note"
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={advice.reason}
          description={
            advice.rvcReference &&
            `参考：按本协定公式计算的区域价值成分为 ${advice.rvcReference}（未据此判断是否满足）`
          }
        />
      )}
      {advice.criteria.length > 0 && (
        <ul
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-label={`${agreement.shortName}的原产地标准`}
        >
          {advice.criteria.map((result) => (
            <CriterionRow key={criterionLabel(result.criterion)} result={result} onGoTo={onGoTo} />
          ))}
        </ul>
      )}
      {/* Notes, not alerts: the panel is recomputed as the user types and must not interrupt. */}
      {suggestion && (
        <Alert
          role="note"
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={`要满足：将以下 ${suggestion.lines.length} 行改为原产材料（本地采购，或取得缔约方原产证明）`}
          description={
            <>
              <LineList lines={suggestion.lines} onGoTo={onGoTo} />
              <div style={{ marginTop: 4 }}>
                改后{suggestion.after.label}：
                {suggestion.after.figure ?? statusLabels[suggestion.after.status]}（
                {statusLabels[suggestion.after.status]}）
              </div>
            </>
          }
        />
      )}
      {(advice.cumulation || cumulate?.on) && (
        <Space orientation="vertical" size={4} style={{ marginTop: 8, width: '100%' }}>
          {cumulate && (
            <Space size={8} wrap>
              <Switch
                size="small"
                checked={cumulate.on}
                onChange={cumulate.onChange}
                aria-label={`${agreement.shortName}：按区域累积试算`}
              />
              <span>按区域累积试算（其他缔约方的材料计为原产，需取得该方原产证明）</span>
            </Space>
          )}
          {advice.cumulation && (
            <Typography.Text type="secondary">
              {advice.cumulation.lines.length} 行材料来自其他缔约方；若均取得原产证明并累积：
              {statusLabels[advice.cumulation.status]}
            </Typography.Text>
          )}
        </Space>
      )}
    </Card>
  );
}
