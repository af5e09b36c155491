// 原产地标准预判: the advice for each agreement the exporter picked, beside the sheet's totals.
// Shown live in the editor, and read-only on the record page, the print view and the customs
// console, always marked as advice.
import { Alert, Checkbox, Collapse, Input, Space, Typography } from 'antd';
import type { AgreementAdvice } from '@/domain/origin/advise';
import { agreementIds, agreementById, type AgreementId } from '@/domain/origin/agreements';
import { buildUpLabels, type BuildUpCosts } from '@/domain/origin/evaluate';
import { AgreementAdviceCard } from './AgreementAdviceCard';
import { ADVICE_NOTICE } from './originStatus';

export interface AdviceControls {
  agreements: { value: readonly AgreementId[]; onChange: (ids: AgreementId[]) => void };
  cumulate: { isOn: (id: AgreementId) => boolean; onChange: (id: AgreementId, on: boolean) => void };
  /** The build-up formula's costs; only where the user can type them (the editor). */
  buildUp?: { value: BuildUpCosts; onChange: (costs: BuildUpCosts) => void; problem: string | null };
}

interface Props {
  advice: AgreementAdvice[];
  controls?: AdviceControls;
  onGoTo?: (index: number) => void;
}

function BuildUpInputs({ buildUp }: { buildUp: NonNullable<AdviceControls['buildUp']> }) {
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'buildUp',
          label: '累加法：填写单位产品的人工、经营费用、利润和其他成本（RCEP 可选用）',
          children: (
            <Space wrap size={12}>
              {(Object.keys(buildUpLabels) as (keyof BuildUpCosts)[]).map((field) => (
                <label key={field}>
                  {buildUpLabels[field]}{' '}
                  <Input
                    style={{ width: 120 }}
                    inputMode="decimal"
                    value={buildUp.value[field]}
                    status={buildUp.problem?.startsWith(buildUpLabels[field]) ? 'error' : undefined}
                    onChange={(e) => buildUp.onChange({ ...buildUp.value, [field]: e.target.value })}
                  />
                </label>
              ))}
              {buildUp.problem && <Typography.Text type="danger">{buildUp.problem}</Typography.Text>}
            </Space>
          ),
        },
      ]}
    />
  );
}

export function OriginAdviceView({ advice, controls, onGoTo }: Props) {
  return (
    <section aria-label="原产地标准预判">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {ADVICE_NOTICE}。按所选协定，逐条计算本成本明细单是否满足产品特定原产地规则。
        </Typography.Text>
        {controls && (
          <Space wrap size={8}>
            <span id="origin-agreements-label">目的地适用的协定：</span>
            <Checkbox.Group<AgreementId>
              aria-labelledby="origin-agreements-label"
              value={[...controls.agreements.value]}
              onChange={(ids) => controls.agreements.onChange(agreementIds.filter((id) => ids.includes(id)))}
              options={agreementIds.map((id) => ({ value: id, label: agreementById(id).shortName }))}
            />
          </Space>
        )}
        {controls?.buildUp && <BuildUpInputs buildUp={controls.buildUp} />}
        {advice.length === 0 && <Alert role="note" type="info" showIcon title="请选择至少一个协定" />}
        {advice.map((item) => (
          <AgreementAdviceCard
            key={item.agreement.id}
            advice={item}
            onGoTo={onGoTo}
            cumulate={
              controls && {
                on: controls.cumulate.isOn(item.agreement.id),
                onChange: (on) => controls.cumulate.onChange(item.agreement.id, on),
              }
            }
          />
        ))}
      </Space>
    </section>
  );
}
