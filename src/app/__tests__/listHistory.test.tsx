// Every list keeps its query in the URL: after two searches, back shows the first search again —
// in the search form and in the rows — and forward the second (useUrlList).
import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emptyPerson } from '@/contract/personnel';
import { AGENCY_UPLOAD_PURPOSE } from '@/contract/agency';
import { usccCheckChar } from '@/values/uscc';
import { pdfBytes, uploadBytes } from '@/test/files';
import { callApi } from '@/test/callApi';
import { renderApp, signIn } from '@/test/renderApp';
import { fill } from '@/test/userActions';

interface UrlList {
  path: string;
  form: string;
  /** Types one search into the form (without submitting it). */
  type(user: UserEvent, which: 'first' | 'second'): Promise<void>;
  /** The form and the rows show that search. */
  shows(which: 'first' | 'second'): void;
}

const rows = () => screen.getAllByRole('row').slice(1);
const everyRow = (text: string) => rows().every((row) => row.textContent?.includes(text));

const lists: Record<string, UrlList> = {
  '产品预审 查询': {
    path: '/pre-reviews',
    form: '查询产品预审',
    type: (user, which) => fill(user, '产品名称', which === 'first' ? '法兰' : '油缸'),
    shows(which) {
      const name = which === 'first' ? '法兰' : '油缸';
      expect(screen.getByLabelText('产品名称')).toHaveValue(name);
      expect(everyRow(name)).toBe(true);
    },
  },
  受理情况查询: {
    path: '/acceptance',
    form: '查询受理情况',
    type: (user, which) =>
      fill(user, '申报日期从', which === 'first' ? '2020-01-01' : '2021-01-01').then(() =>
        fill(user, '申报日期至', which === 'first' ? '2020-12-31' : '2021-12-31'),
      ),
    shows(which) {
      const year = which === 'first' ? '2020' : '2021';
      expect(screen.getByLabelText('申报日期从')).toHaveValue(`${year}-01-01`);
      expect(screen.getByLabelText('申报日期至')).toHaveValue(`${year}-12-31`);
      expect(rows().every((row) => within(row).getAllByText(new RegExp(`^${year}/`)).length > 0)).toBe(true);
    },
  },
  核查互动: {
    path: '/verifications',
    form: '查询核查记录单',
    type: (user, which) => fill(user, '核查对象或单号', which === 'first' ? '主轴' : '油缸'),
    shows(which) {
      const subject = which === 'first' ? '主轴' : '油缸';
      expect(screen.getByLabelText('核查对象或单号')).toHaveValue(subject);
      expect(everyRow(subject)).toBe(true);
    },
  },
};

describe.each(Object.entries(lists))('%s', (_name, list) => {
  it('back and forward show the earlier and the later search, in the form and the rows', async () => {
    await signIn('jinggong');
    const { user, router } = renderApp(list.path);
    const search = await screen.findByRole('search', { name: list.form }, { timeout: 5_000 });
    const run = async (which: 'first' | 'second') => {
      await list.type(user, which);
      const before = router.state.location.search;
      await user.click(within(search).getByRole('button', { name: '查询' }));
      await waitFor(() => expect(router.state.location.search).not.toBe(before));
      await waitFor(() => list.shows(which));
    };
    await run('first');
    await run('second');

    await act(() => router.navigate(-1));
    await waitFor(() => list.shows('first'));
    await act(() => router.navigate(1));
    await waitFor(() => list.shows('second'));
  });
});

/** A list of `total` rows, 10 a page: page 2 goes into the URL; back shows page 1, forward page 2. */
async function pagesBackAndForth(path: string, total: number) {
  const { user, router } = renderApp(path);
  expect(await screen.findByText(`共 ${total} 条`)).toBeInTheDocument();
  const firstPage = rows().map((row) => row.textContent);
  await user.click(screen.getByTitle('2'));
  await waitFor(() => expect(router.state.location.search).toContain('page=2'));
  await waitFor(() => expect(rows()).toHaveLength(total - 10));

  await act(() => router.navigate(-1));
  await waitFor(() => expect(rows().map((row) => row.textContent)).toEqual(firstPage));
  await act(() => router.navigate(1));
  await waitFor(() => expect(rows()).toHaveLength(total - 10));
}

describe('lists that are only paged, and the console’s tabs', () => {
  it('授权人员: the page is in the URL; back shows the first page again', async () => {
    const token = await signIn('jinggong');
    for (let i = 1; i <= 10; i += 1) {
      const saved = await callApi('POST', '/personnel', {
        token,
        idempotencyKey: `paged-person-${i}`,
        body: { version: 0, declare: false, data: { ...emptyPerson, name: `分页测试${i}` } },
      });
      expect(saved.status).toBe(201);
    }
    await pagesBackAndForth('/personnel?pageSize=10', 12);
  });

  it('代录入企业: the page is in the URL; back shows the first page again', async () => {
    const token = await signIn('jinggong');
    for (let i = 1; i <= 10; i += 1) {
      const upload = await uploadBytes(
        token,
        pdfBytes(),
        `委托书${i}.pdf`,
        `paged-poa-${i}`,
        AGENCY_UPLOAD_PURPOSE,
      );
      expect(upload.status).toBe(201);
      const first17 = `91330200MA2${String(i).padStart(6, '0')}`;
      const saved = await callApi('POST', '/agencies', {
        token,
        idempotencyKey: `paged-agency-${i}`,
        body: {
          version: 0,
          data: {
            nameCn: `分页代理${i}有限公司`,
            uscc: `${first17}${usccCheckChar(first17) ?? ''}`,
            customsCode: `31029${String(i).padStart(5, '0')}`,
            contactName: '测试',
            contactPhone: '0574-88886666',
            scope: ['preReview'],
            validFrom: '2026-01-01',
            validTo: '2027-12-31',
            powerOfAttorney: upload.body.file,
          },
        },
      });
      expect(saved.status).toBe(201);
    }
    await pagesBackAndForth('/agencies?pageSize=10', 11);
  });

  it('审核队列: the tab is in the URL; back shows 待审核 again', async () => {
    await signIn('haiguan');
    const { user, router } = renderApp('/customs');
    await screen.findByRole('button', { name: '审核 温州瓯海华丰鞋业有限公司 的企业备案申请' });
    await user.click(screen.getByRole('tab', { name: '已审核' }));
    await waitFor(() => expect(router.state.location.search).toContain('status=decided'));
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: '已审核' })).toHaveAttribute('aria-selected', 'true'),
    );

    await act(() => router.navigate(-1));
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: '待审核' })).toHaveAttribute('aria-selected', 'true'),
    );
    expect(
      await screen.findByRole('button', { name: '审核 温州瓯海华丰鞋业有限公司 的企业备案申请' }),
    ).toBeInTheDocument();
  });
});
