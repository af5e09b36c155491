import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CSSProperties, Ref } from 'react';

/** How every date reads and is typed: the ISO day the contract carries (2026-12-31). */
export const DATE_FORMAT = 'YYYY-MM-DD';

function dayOf(value: string | undefined): Dayjs | null {
  if (!value) return null;
  const day = dayjs(value, DATE_FORMAT);
  // A value that is not a day (a damaged draft) shows as empty; the form keeps it and its rule says why.
  return day.isValid() && day.format(DATE_FORMAT) === value ? day : null;
}

/**
 * antd's DatePicker over a `YYYY-MM-DD` string, the way forms and URLs hold dates: typed or picked,
 * cleared means no date. The calendar opens on the chosen day; the text can be typed as is.
 */
export function DateInput({
  id,
  value,
  onChange,
  onBlur,
  status,
  inputRef,
  style,
  ...aria
}: {
  id: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  onBlur?: () => void;
  status?: 'error' | undefined;
  inputRef?: Ref<never>;
  style?: CSSProperties;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-required'?: boolean;
}) {
  return (
    <DatePicker
      id={id}
      ref={inputRef}
      value={dayOf(value)}
      format={DATE_FORMAT}
      status={status}
      style={{ width: '100%', ...style }}
      onBlur={onBlur}
      onChange={(day) => onChange(day ? day.format(DATE_FORMAT) : undefined)}
      // The picker commits typed text only after its blur settles, so 查询 clicked straight after typing
      // would search without it; a complete typed day is taken the moment it is one.
      onCalendarChange={(day) => {
        if (day && !Array.isArray(day)) onChange(day.format(DATE_FORMAT));
      }}
      {...aria}
    />
  );
}
