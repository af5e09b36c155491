import { Descriptions, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { evaluateSheet, showAmount } from '@/domain/preReview/costSheet';
import { lineLabels, productLabels, type Line, type Sheet } from '@/contract/sheet';
import { TableScroll } from '@/components/TableScroll';
import { alignDecimals } from '@/domain/decimal';
import { isNumericColumn, linesForDisplay } from '../model/lineCells';
import { lineColumns } from '../model/lineColumns';

const productFields = Object.keys(productLabels) as (keyof typeof productLabels)[];
/** The product's prices, written with their 分 like the lines' amounts. */
const productAmounts = new Set<string>(['exFactoryPrice', 'fobValue']);

/** A cost sheet read-only: 产品信息, 产品生产明细 and the computed totals (PR7, PR8). */
export function SheetView({ sheet }: { sheet: Sheet }) {
  const result = useMemo(() => evaluateSheet(sheet, { forDeclare: false }), [sheet]);
  const lines = useMemo(() => linesForDisplay(sheet.lines), [sheet.lines]);
  return (
    <>
      <section aria-label="产品信息">
        <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 3 }} title="产品信息">
          {productFields.map((field) => (
            <Descriptions.Item key={field} label={productLabels[field]}>
              {(productAmounts.has(field)
                ? alignDecimals([sheet.product[field]], 2)[0]
                : sheet.product[field]) || '—'}
            </Descriptions.Item>
          ))}
        </Descriptions>
      </section>
      <section aria-label="计算结果">
        <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label="Σ原料原产价值">{showAmount(result.totalOrigin)}</Descriptions.Item>
          <Descriptions.Item label="Σ原料非原产价值">{showAmount(result.totalNonOrigin)}</Descriptions.Item>
          <Descriptions.Item label="Σ合计">{showAmount(result.total)}</Descriptions.Item>
          <Descriptions.Item label="非原产占出厂价的百分比">{result.exFactoryPercent}</Descriptions.Item>
          <Descriptions.Item label="非原产占 FOB 的百分比">{result.fobPercent}</Descriptions.Item>
        </Descriptions>
      </section>
      <section aria-label="产品生产明细">
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          产品生产明细
        </Typography.Title>
        <TableScroll label="产品生产明细">
          <Table<Line>
            size="small"
            rowKey="key"
            scroll={{ x: 'max-content' }}
            pagination={sheet.lines.length > 20 ? { pageSize: 20, showTotal: (n) => `共 ${n} 行` } : false}
            dataSource={lines}
            columns={[
              { title: '序号', key: 'n', align: 'right', width: 56, render: (_, _line, i) => i + 1 },
              ...lineColumns.map(({ key, width }) => ({
                title: lineLabels[key],
                dataIndex: key,
                width,
                // Amounts right-aligned with one number of decimals per column, so they line up.
                align: isNumericColumn(key) ? ('right' as const) : undefined,
                className: isNumericColumn(key) ? 'amount-cell' : undefined,
                render: (value: string) => value || '—',
              })),
            ]}
          />
        </TableScroll>
      </section>
    </>
  );
}
