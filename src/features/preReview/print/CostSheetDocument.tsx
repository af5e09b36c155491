// The 产品成本明细单 as customs' paper form lays it out, page by page (printPages.ts): on every page
// the title, the enterprise and product it is for, the column heads and "第 n 页 共 N 页"; the
// product's information on the first; the totals, the two non-originating percentages, the
// application's state and date and the signature and 企业盖章 block on the last.
import { Fragment, useMemo } from 'react';
import type { Letterhead } from '@/components/print/letterhead';
import { lineLabels, productLabels, type Sheet } from '@/contract/sheet';
import { evaluateSheet, showAmount } from '@/domain/preReview/costSheet';
import { isNumericColumn, linesForDisplay, pasteColumns } from '../model/lineCells';
import { columnWidths, paginate, productHeight, productPairs, type PrintPage } from './printPages';
import type { PrintedApplication } from './printedApplication';

/** The printed pages of a sheet. */
export const sheetPages = (sheet: Sheet): PrintPage[] => paginate(sheet.lines, productHeight(sheet.product));

export function CostSheetDocument({
  sheet,
  pages,
  letterhead,
  application,
  printedAt,
}: {
  sheet: Sheet;
  pages: readonly PrintPage[];
  letterhead: Letterhead | null;
  application: PrintedApplication;
  printedAt: string;
}) {
  const result = useMemo(() => evaluateSheet(sheet, { forDeclare: false }), [sheet]);
  // Aligned over the whole sheet, so a column reads the same on every page.
  const lines = useMemo(() => linesForDisplay(sheet.lines), [sheet.lines]);
  const { product } = sheet;
  return (
    <>
      {pages.map((page, p) => (
        <section
          key={`${page.from}-${page.to}-${page.closing}`}
          className="print-page"
          aria-label={`第 ${p + 1} 页`}
        >
          <header className="print-page-head" role="group" aria-label="页眉">
            <h2>产品成本明细单</h2>
            <dl>
              <div>
                <dt>企业名称：</dt>
                <dd>{letterhead?.enterpriseName ?? '—'}</dd>
              </div>
              <div>
                <dt>统一社会信用代码：</dt>
                <dd>{letterhead?.uscc ?? '—'}</dd>
              </div>
              <div>
                <dt>备案号：</dt>
                <dd>{letterhead?.filingNo ?? '尚未备案'}</dd>
              </div>
              <div>
                <dt>预审编号：</dt>
                <dd>{application.number}</dd>
              </div>
              <div>
                <dt>产品：</dt>
                <dd>
                  {product.nameCn || '未命名产品'}
                  {product.model && `（${product.model}）`}
                </dd>
              </div>
              <div>
                <dt>HS编码：</dt>
                <dd>{product.hsCode || '—'}</dd>
              </div>
            </dl>
          </header>
          <div className="print-page-body">
            {page.product && (
              <table className="print-product" aria-label="产品信息">
                <tbody>
                  {productPairs.map((pair) => (
                    <tr key={pair[0]}>
                      {pair.map((field) => (
                        <Fragment key={field}>
                          <th scope="row">{productLabels[field]}</th>
                          <td>{product[field] || '—'}</td>
                        </Fragment>
                      ))}
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">{productLabels.hasImported}</th>
                    <td colSpan={3}>{product.hasImported || '—'}</td>
                  </tr>
                  <tr>
                    <th scope="row">{productLabels.processing}</th>
                    <td colSpan={3}>{product.processing || '—'}</td>
                  </tr>
                </tbody>
              </table>
            )}
            {(page.to > page.from || page.closing) && (
              <table aria-label="产品生产明细">
                <colgroup>
                  <col style={{ width: `${columnWidths.number}mm` }} />
                  {pasteColumns.map((column) => (
                    <col key={column} style={{ width: `${columnWidths[column]}mm` }} />
                  ))}
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">序号</th>
                    {pasteColumns.map((column) => (
                      <th scope="col" key={column}>
                        {lineLabels[column]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {lines.slice(page.from, page.to).map((line, i) => (
                    <tr key={line.key}>
                      <td className="amount">{page.from + i + 1}</td>
                      {pasteColumns.map((column) => (
                        <td key={column} className={isNumericColumn(column) ? 'amount' : undefined}>
                          {line[column]}
                        </td>
                      ))}
                    </tr>
                  ))}
                  {page.closing && (
                    <tr>
                      <th scope="row" colSpan={7} style={{ textAlign: 'right' }}>
                        合计（共 {sheet.lines.length} 行）
                      </th>
                      <td className="amount">{showAmount(result.totalOrigin)}</td>
                      <td className="amount">{showAmount(result.totalNonOrigin)}</td>
                    </tr>
                  )}
                </tbody>
              </table>
            )}
            {page.closing && (
              <div className="print-closing">
                <table aria-label="计算结果">
                  <tbody>
                    <tr>
                      <th scope="row">原料价值合计</th>
                      <td className="amount">{showAmount(result.total)}</td>
                    </tr>
                    <tr>
                      <th scope="row">非原产占出厂价的百分比</th>
                      <td className="amount">{result.exFactoryPercent}</td>
                    </tr>
                    <tr>
                      <th scope="row">非原产占 FOB 的百分比</th>
                      <td className="amount">{result.fobPercent}</td>
                    </tr>
                    <tr>
                      <th scope="row">申请状态</th>
                      <td>{application.status}</td>
                    </tr>
                    <tr>
                      <th scope="row">{application.dateLabel}</th>
                      <td>{application.date}</td>
                    </tr>
                  </tbody>
                </table>
                <div className="print-signature" aria-label="签字盖章">
                  <div>
                    <p>企业声明：以上填写内容真实、准确。</p>
                    <p>填表人（签字）：________________</p>
                    <p>联系电话：________________</p>
                    <p>日期：______年____月____日</p>
                  </div>
                  <div className="print-seal">企业盖章</div>
                </div>
              </div>
            )}
          </div>
          <footer className="print-page-foot">
            <span>打印时间 {printedAt}</span>
            <span>
              第 {p + 1} 页 共 {pages.length} 页
            </span>
          </footer>
        </section>
      ))}
    </>
  );
}
