// The list's search form (查询): name, HS code, both states, update dates. Submitting writes the
// filters into the URL, so a query can be bookmarked, shared and survives a reload.
import { Input } from 'antd';
import { useState } from 'react';
import { FilterField } from '@/components/FilterField';
import { ChoiceFilter, DateFilter, SearchForm } from '@/components/SearchForm';
import type { ListQuery } from '@/contract/preReviewQuery';
import { applicationStatuses, recordStates } from '@/contract/preReview';

type Filters = Pick<ListQuery, 'name' | 'hs' | 'state' | 'status' | 'from' | 'to'>;

const filtersKey = ({ name, hs, state, status, from, to }: Filters) =>
  JSON.stringify([name, hs, state, status, from, to]);

export function PreReviewFilters({
  value,
  onSearch,
}: {
  value: Filters;
  onSearch: (filters: Filters) => void;
}) {
  const [draft, setDraft] = useState<Filters>(value);
  // The URL changed (a search, a sort, back/forward): the form shows its filters again. Adjusted
  // during render rather than by remounting the form, which re-created every field (≈ 60 ms).
  const shown = filtersKey(value);
  const [seen, setSeen] = useState(shown);
  if (seen !== shown) {
    setSeen(shown);
    setDraft(value);
  }
  const set = (change: Partial<Filters>) => setDraft((current) => ({ ...current, ...change }));
  return (
    <SearchForm
      label="查询产品预审"
      onSearch={() => onSearch(draft)}
      onReset={() => {
        setDraft({});
        onSearch({});
      }}
    >
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
