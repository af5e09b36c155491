import { Button, Col, Input, Row, Select, Space } from 'antd';
import type { ReactNode } from 'react';
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
      <Input
        id={id}
        type="date"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || undefined)}
      />
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
