// The list's search form (查询): name, HS code, both states, update dates. Submitting writes the
// filters into the URL, so a query can be bookmarked, shared and survives a reload.
import { Button, Col, Input, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { FilterField } from '@/components/FilterField';
import type { ListQuery } from '../model/listQuery';
import { applicationStatuses, recordStates } from '../model/preReviewSchemas';

type Filters = Pick<ListQuery, 'name' | 'hs' | 'state' | 'status' | 'from' | 'to'>;

export function PreReviewFilters({
  value,
  onSearch,
}: {
  value: Filters;
  onSearch: (filters: Filters) => void;
}) {
  const [draft, setDraft] = useState<Filters>(value);
  const set = (change: Partial<Filters>) => setDraft((current) => ({ ...current, ...change }));
  return (
    <form
      role="search"
      aria-label="查询产品预审"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(draft);
      }}
    >
      <Row gutter={[16, 12]}>
        <FilterField id="filter-name" label="产品名称">
          <Input
            id="filter-name"
            value={draft.name ?? ''}
            maxLength={100}
            onChange={(e) => set({ name: e.target.value })}
          />
        </FilterField>
        <FilterField id="filter-hs" label="HS编码">
          <Input
            id="filter-hs"
            value={draft.hs ?? ''}
            maxLength={10}
            onChange={(e) => set({ hs: e.target.value })}
          />
        </FilterField>
        <FilterField id="filter-state" label="状态">
          <Select
            id="filter-state"
            allowClear
            placeholder="全部"
            style={{ width: '100%' }}
            value={draft.state}
            onChange={(state) => set({ state })}
            options={recordStates.map((s) => ({ value: s, label: s }))}
          />
        </FilterField>
        <FilterField id="filter-status" label="申请状态">
          <Select
            id="filter-status"
            allowClear
            placeholder="全部"
            style={{ width: '100%' }}
            value={draft.status}
            onChange={(status) => set({ status })}
            options={applicationStatuses.map((s) => ({ value: s, label: s }))}
          />
        </FilterField>
        <FilterField id="filter-from" label="更新日期（起）">
          <Input
            id="filter-from"
            type="date"
            value={draft.from ?? ''}
            onChange={(e) => set({ from: e.target.value || undefined })}
          />
        </FilterField>
        <FilterField id="filter-to" label="更新日期（止）">
          <Input
            id="filter-to"
            type="date"
            value={draft.to ?? ''}
            onChange={(e) => set({ to: e.target.value || undefined })}
          />
        </FilterField>
        <Col xs={24} lg={12} style={{ display: 'flex', alignItems: 'flex-end' }}>
          <Space>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
            <Button
              onClick={() => {
                setDraft({});
                onSearch({});
              }}
            >
              重置
            </Button>
          </Space>
        </Col>
      </Row>
    </form>
  );
}
