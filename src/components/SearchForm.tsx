import { Button, Col, Input, Row, Select, Space } from 'antd';
import type { ReactNode } from 'react';
import { DateInput } from './DateInput';
import { FilterField } from './FilterField';

/**
 * A list's search form: its fields in a responsive grid, then 查询 and 重置. The page decides what
 * searching does (usually: write the filters into the URL).
 */
export function SearchForm({
  label,
  onSearch,
  onReset,
  children,
}: {
  label: string;
  onSearch: () => void;
  onReset: () => void;
  children: ReactNode;
}) {
  return (
    <form
      role="search"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch();
      }}
    >
      <Row gutter={[16, 12]}>
        {children}
        <Col xs={24} lg={12} style={{ display: 'flex', alignItems: 'flex-end' }}>
          <Space>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
            <Button onClick={onReset}>重置</Button>
          </Space>
        </Col>
      </Row>
    </form>
  );
}

/** A date filter (YYYY-MM-DD); cleared means no bound. */
export function DateFilter({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <FilterField id={id} label={label}>
      <DateInput id={id} value={value} onChange={onChange} />
    </FilterField>
  );
}

/** Pick one of a fixed list, or 全部 (cleared: no filter). */
export function ChoiceFilter<T extends string>({
  id,
  label,
  choices,
  labels,
  value,
  onChange,
}: {
  id: string;
  label: string;
  choices: readonly T[];
  /** What each choice is called, when not the choice itself. */
  labels?: Readonly<Record<T, string>>;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
}) {
  return (
    <FilterField id={id} label={label}>
      <Select<T>
        id={id}
        allowClear
        placeholder="全部"
        style={{ width: '100%' }}
        value={value}
        onChange={(choice) => onChange(choice ?? undefined)}
        options={choices.map((choice) => ({ value: choice, label: labels?.[choice] ?? choice }))}
      />
    </FilterField>
  );
}

/** One filter of a list's search form, keyed by its name in the URL (`filter-<key>` is its id). */
export type FilterSpec<K extends string> = { key: K; label: string } & (
  | { kind: 'text'; maxLength: number }
  | { kind: 'date' }
  | { kind: 'choice'; choices: readonly string[]; labels?: Readonly<Record<string, string>> }
);

/** A search form's filters from their table, bound to the form's draft. */
export function FilterFields<D extends Partial<Record<string, string>>>({
  filters,
  draft,
  onChange,
}: {
  filters: readonly FilterSpec<keyof D & string>[];
  draft: D;
  /** A choice filter offers only its own choices, so the value fits the draft's type. */
  onChange: (change: Partial<D>) => void;
}) {
  return filters.map((filter) => {
    const id = `filter-${filter.key}`;
    const set = (value: string | undefined) => onChange({ [filter.key]: value } as Partial<D>);
    if (filter.kind === 'date')
      return <DateFilter key={id} id={id} label={filter.label} value={draft[filter.key]} onChange={set} />;
    if (filter.kind === 'choice')
      return (
        <ChoiceFilter
          key={id}
          id={id}
          label={filter.label}
          choices={filter.choices}
          labels={filter.labels}
          value={draft[filter.key]}
          onChange={set}
        />
      );
    return (
      <FilterField key={id} id={id} label={filter.label}>
        <Input
          id={id}
          maxLength={filter.maxLength}
          value={draft[filter.key] ?? ''}
          onChange={(event) => set(event.target.value)}
        />
      </FilterField>
    );
  });
}
