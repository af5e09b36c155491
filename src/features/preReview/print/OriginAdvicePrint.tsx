// 附页：原产地标准预判 — the advice the exporter had on screen when the preview opened, printed
// after the cost sheet on a page of its own (it is not part of customs' form), marked as advice.
import type { AgreementAdvice } from '@/domain/origin/advise';
import type { LineRef } from '@/domain/origin/evaluate';
import { criterionLabel } from '@/domain/origin/psrRule';
import { ADVICE_NOTICE, lineText, nonOriginText, statusLabels } from '@/components/origin/originStatus';

const SHOWN = 5;
const lineList = (lines: LineRef[]) =>
  lines
    .slice(0, SHOWN)
    .map((l) => `${lineText(l)}（${nonOriginText(l)}）`)
    .join('；') + (lines.length > SHOWN ? `；…另有 ${lines.length - SHOWN} 行` : '');

export function OriginAdvicePrint({ advice, printedAt }: { advice: AgreementAdvice[]; printedAt: string }) {
  return (
    <section className="print-page print-advice" aria-label="附页：原产地标准预判">
      <header className="print-page-head" role="group" aria-label="页眉">
        <h2>附页：原产地标准预判</h2>
        <p className="print-advice-notice">{ADVICE_NOTICE}</p>
      </header>
      <div className="print-page-body">
        {advice.map((item) => (
          <div key={item.agreement.id} className="print-advice-agreement">
            <h3>
              {item.agreement.name}：{statusLabels[item.status]}
            </h3>
            {item.rule ? (
              <p>
                产品特定规则 {item.rule.text}（{item.rule.alternatives.map(criterionLabel).join(' 或 ')}
                ）；来源：{item.rule.source}
              </p>
            ) : (
              <p>
                {item.reason}
                {item.rvcReference && `；参考：按本协定公式计算的区域价值成分 ${item.rvcReference}`}
              </p>
            )}
            {item.criteria.length > 0 && (
              <table aria-label={`${item.agreement.shortName}的原产地标准`}>
                <colgroup>
                  <col style={{ width: '22%' }} />
                  <col style={{ width: '10%' }} />
                  <col style={{ width: '14%' }} />
                  <col />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">标准</th>
                    <th scope="col">结果</th>
                    <th scope="col">数值</th>
                    <th scope="col">说明</th>
                  </tr>
                </thead>
                <tbody>
                  {item.criteria.map((c) => (
                    <tr key={c.label}>
                      <th scope="row">{c.label}</th>
                      <td>{statusLabels[c.status]}</td>
                      <td className="amount">{c.figure ?? '—'}</td>
                      <td>{c.says}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {item.suggestion && (
              <p>
                要满足：将 {lineList(item.suggestion.lines)} 改为原产材料，改后{item.suggestion.after.label}{' '}
                {item.suggestion.after.figure ?? ''}（{statusLabels[item.suggestion.after.status]}）。
              </p>
            )}
          </div>
        ))}
      </div>
      <footer className="print-page-foot">
        <span>打印时间 {printedAt}</span>
        <span>附页</span>
      </footer>
    </section>
  );
}
