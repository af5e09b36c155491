// The list's search form (查询): name, HS code, both states, update dates (the URL holds them:
// useUrlList).
import { Input } from 'antd';
import { FilterField } from '@/components/FilterField';
import { ChoiceFilter, DateFilter, SearchForm } from '@/components/SearchForm';
import type { ListQuery } from '@/contract/preReviewQuery';
import { applicationStatuses, recordStates } from '@/contract/preReview';

export const preReviewFilters = ['name', 'hs', 'state', 'status', 'from', 'to'] as const;
type Filters = Partial<Pick<ListQuery, (typeof preReviewFilters)[number]>>;

export function PreReviewFilters({
  draft,
  onChange: set,
  onSearch,
  onReset,
}: {
  draft: Filters;
  onChange: (change: Filters) => void;
  onSearch: () => void;
  onReset: () => void;
}) {
  return (
    <SearchForm label="查询产品预审" onSearch={onSearch} onReset={onReset}>
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
      <ChoiceFilter
        id="filter-state"
        label="状态"
        choices={recordStates}
        value={draft.state}
        onChange={(state) => set({ state })}
      />
      <ChoiceFilter
        id="filter-status"
        label="申请状态"
        choices={applicationStatuses}
        value={draft.status}
        onChange={(status) => set({ status })}
      />
      <DateFilter
        id="filter-from"
        label="更新日期（起）"
        value={draft.from}
        onChange={(from) => set({ from })}
      />
      <DateFilter id="filter-to" label="更新日期（止）" value={draft.to} onChange={(to) => set({ to })} />
    </SearchForm>
  );
}
