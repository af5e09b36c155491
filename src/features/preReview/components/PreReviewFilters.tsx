// The list's search form (查询): 预审编号, name, HS code, both states, update dates (the URL holds them:
// useUrlList).
import { FilterFields, SearchForm, type FilterSpec } from '@/components/SearchForm';
import type { PreReviewQuery } from '@/contract/preReviewQuery';
import { applicationStatuses, recordStates } from '@/contract/preReview';

export const preReviewFilters = ['number', 'name', 'hs', 'state', 'status', 'from', 'to'] as const;
type Filters = Partial<Pick<PreReviewQuery, (typeof preReviewFilters)[number]>>;

const filters: FilterSpec<(typeof preReviewFilters)[number]>[] = [
  { key: 'number', label: '预审编号', kind: 'text', maxLength: 30 },
  { key: 'name', label: '产品名称', kind: 'text', maxLength: 100 },
  { key: 'hs', label: 'HS编码', kind: 'text', maxLength: 10 },
  { key: 'state', label: '状态', kind: 'choice', choices: recordStates },
  { key: 'status', label: '申请状态', kind: 'choice', choices: applicationStatuses },
  { key: 'from', label: '更新日期（起）', kind: 'date' },
  { key: 'to', label: '更新日期（止）', kind: 'date' },
];

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
      <FilterFields filters={filters} draft={draft} onChange={set} />
    </SearchForm>
  );
}
