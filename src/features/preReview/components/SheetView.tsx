import { Descriptions, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { evaluateSheet, showAmount } from '@/domain/preReview/costSheet';
import { lineLabels, productLabels, type Line, type Sheet } from '@/contract/sheet';
import { TableScroll } from '@/components/TableScroll';

const lineFields = Object.keys(lineLabels) as (keyof typeof lineLabels)[];
const productFields = Object.keys(productLabels) as (keyof typeof productLabels)[];

/** A cost sheet read-only: 产品信息, 产品生产明细 and the computed totals (PR7, PR8). */
export function SheetView({ sheet }: { sheet: Sheet }) {
  const result = useMemo(() => evaluateSheet(sheet, { forDeclare: false }), [sheet]);
  return (
    <>
      <section aria-label="产品信息">
        <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 3 }} title="产品信息">
          {productFields.map((field) => (
            <Descriptions.Item key={field} label={productLabels[field]}>
              {sheet.product[field] || '—'}
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
            dataSource={sheet.lines}
            columns={[
              { title: '序号', key: 'n', render: (_, _line, i) => i + 1 },
              ...lineFields.map((field) => ({
                title: lineLabels[field],
                dataIndex: field,
                render: (value: string) => value || '—',
              })),
            ]}
          />
        </TableScroll>
      </section>
    </>
  );
}
