// Storage that fails under the app: the mock database's IndexedDB refusing a write for lack of
// space, local storage (work in progress) full, and no IndexedDB at all. The user is told, keeps
// working, and loses nothing they typed.
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { safeStorage } from '@/lib/storage';
import { callApi } from '@/test/callApi';
import { renderApp, signIn } from '@/test/renderApp';
import { fill } from '@/test/userActions';
import { readMeta } from '../../../mocks/store/demoData';
import { keepDataInMemory, MEMORY_ONLY_MESSAGE } from '../../../mocks/store/startUp';
import { deleteDatabase } from '../../../mocks/store/open';

const quotaExceeded = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

afterEach(() => {
  vi.restoreAllMocks();
  keepDataInMemory(false);
  // Storage works again: the next write moves what was held in memory there and ends the warning.
  safeStorage.set('origin-portal:probe', '1');
  safeStorage.remove('origin-portal:probe');
});

describe('storage faults', () => {
  it('IndexedDB full: 暂存 is refused with a clear message, nothing typed is lost, and it works once there is room', async () => {
    const token = await signIn('xinqi');
    const { user } = renderApp('/filing');
    await fill(user, '企业中文名称', '苏州工业园区新启电子科技有限公司');
    await fill(user, '联系人', '周立新');

    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quotaExceeded);
    await user.click(screen.getByRole('button', { name: '暂存' }));
    expect(await screen.findByText(/浏览器存储空间已满，本次提交未保存/)).toBeInTheDocument();
    expect(screen.getByLabelText('企业中文名称')).toHaveValue('苏州工业园区新启电子科技有限公司');
    expect(screen.getByLabelText('联系人')).toHaveValue('周立新');
    full.mockRestore();
    expect((await callApi('GET', '/filing', { token })).body.filing).toBeNull();

    await user.click(screen.getByRole('button', { name: '暂存' }));
    expect(await screen.findByText('已暂存，可稍后继续填写。')).toBeInTheDocument();
    const { body } = await callApi('GET', '/filing', { token });
    expect(body.filing.current.data.contactName).toBe('周立新');
  });

  it('the service answers 507 STORAGE_FULL to a crafted client too, and keeps the record as it was', async () => {
    const token = await signIn('jinggong');
    const before = await callApi('GET', '/pre-reviews/pr-jinggong-flange', { token });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quotaExceeded);
    const refused = await callApi('PUT', '/pre-reviews/pr-jinggong-flange', {
      token,
      idempotencyKey: 'storage-full',
      body: { version: before.body.preReview.version, declare: false, data: before.body.preReview.data },
    });
    vi.restoreAllMocks();
    expect(refused.status).toBe(507);
    expect(refused.body).toMatchObject({ code: 'STORAGE_FULL' });
    expect((await callApi('GET', '/pre-reviews/pr-jinggong-flange', { token })).body).toEqual(before.body);
  });

  it('local storage full: a warning, typing goes on, and the work in progress is kept for this page', async () => {
    await signIn('xinqi');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(quotaExceeded);
    const first = renderApp('/filing');
    await fill(first.user, '联系人', '周立新');
    expect(await screen.findByText('浏览器存储空间已满', {}, { timeout: 3_000 })).toBeInTheDocument();
    expect(screen.getByText(/您仍可继续操作，但未暂存的填写内容在刷新页面后将无法恢复/)).toBeInTheDocument();
    expect(screen.getByLabelText('联系人')).toHaveValue('周立新');
    // The mark beside the buttons does not claim it is kept on this computer.
    expect(await screen.findByText('未能保存到本机，请及时暂存')).toBeInTheDocument();
    expect(screen.queryByText(/已自动保存在本机/)).toBeNull();
    // Leaving the page and coming back within it (no reload) restores it from memory.
    first.unmount();
    renderApp('/filing');
    expect(await screen.findByLabelText('联系人')).toHaveValue('周立新');
    expect(safeStorage.problem()).toBe('quota');
  });

  it('no IndexedDB: the service seeds an in-memory database and says what that means', async () => {
    // (In the browser, start-up swaps in the in-memory IndexedDB; here fake-indexeddb already is one.)
    keepDataInMemory();
    await deleteDatabase();
    const meta = await readMeta();
    expect(meta.notices.map((n) => n.message)).toContain(MEMORY_ONLY_MESSAGE);
    await signIn('jinggong');
    renderApp('/');
    expect(await screen.findByText(MEMORY_ONLY_MESSAGE)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: '首页' })).toBeInTheDocument());
  });
});
