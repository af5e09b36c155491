import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateInput } from '../DateInput';

/** A date filter beside a button that reads it, the way 查询 reads a search form's draft. */
function Filter({ initial }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  const [searched, setSearched] = useState<string>();
  return (
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <label htmlFor="from">申报日期从</label>
        <DateInput id="from" value={value} onChange={setValue} />
        <button type="button" onClick={() => setSearched(value ?? '无')}>
          查询
        </button>
        <output>{searched}</output>
      </AntApp>
    </ConfigProvider>
  );
}

describe('DateInput (antd DatePicker over a YYYY-MM-DD string)', () => {
  it('takes a typed day at once, so 查询 clicked straight after typing searches with it', async () => {
    const user = userEvent.setup();
    render(<Filter />);
    await user.type(screen.getByLabelText('申报日期从'), '2020-01-01');
    await user.click(screen.getByRole('button', { name: '查询' }));
    expect(screen.getByRole('status')).toHaveTextContent('2020-01-01');
  });

  it('picks a day from the calendar, in Chinese, opened on the chosen month', async () => {
    const user = userEvent.setup();
    render(<Filter initial="2026-03-15" />);
    expect(screen.getByLabelText('申报日期从')).toHaveValue('2026-03-15');
    await user.click(screen.getByLabelText('申报日期从'));
    const panel = document.querySelector('.ant-picker-dropdown') as HTMLElement;
    expect(within(panel).getByText('2026年')).toBeInTheDocument();
    expect(within(panel).getByText('3月')).toBeInTheDocument();
    expect(within(panel).getByText('一')).toBeInTheDocument(); // weekday names from dayjs' zh-cn
    await user.click(within(panel).getByTitle('2026-03-20'));
    await user.click(screen.getByRole('button', { name: '查询' }));
    expect(screen.getByRole('status')).toHaveTextContent('2026-03-20');
  });

  it('shows a value that is not a day as empty instead of a wrong day', () => {
    render(<Filter initial="2026-02-30" />);
    expect(screen.getByLabelText('申报日期从')).toHaveValue('');
  });
});
