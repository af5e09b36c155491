// The forms that write, as a user fills them in (each ready to submit), shared by the suites that
// try them under trouble (resilience) and check that a successful submit ends their work in
// progress. Each knows how to open itself again, what it keeps, and where 受理情况查询 counts it.
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { xinqiDraftData } from '@mocks/seed/filings';
import { callApi, tokenFor } from './callApi';
import { fileOf, pdfBytes, uploadBytes } from './files';
import { renderApp } from './renderApp';
import { fill } from './userActions';

export interface WritingForm {
  account: string;
  /** Renders the form and types into it, ready to submit. */
  open(): Promise<UserEvent>;
  /** Renders the form again, as on the next visit or after a reload, without typing. */
  reopen(): Promise<UserEvent>;
  /** Where the submit button is (a drawer, or the page). */
  scope(): HTMLElement;
  submit: string;
  succeeded: string | RegExp;
  /** Everything typed (and attached) is still in the form. */
  kept(): void;
  /** The application this form makes, as 受理情况查询 names it. */
  kind: string;
  subject: string;
  /** Another tab writes first, so that this form's submit is stale or a duplicate. */
  otherTab(token: string): Promise<void>;
  conflictSaid: string | RegExp;
}

/** A 申报 asks for confirmation with what goes to customs; other submits go at once. */
const CONFIRMED_SUBMIT = '申报';

/**
 * Submits the form as a user does: its button, then, for a 申报, 确认申报 in the dialog that
 * lists what goes to customs. `twice` double-clicks both, as an impatient user would.
 */
export async function submitForm(user: UserEvent, form: WritingForm, { twice = false } = {}) {
  const press = (button: HTMLElement) => (twice ? user.dblClick(button) : user.click(button));
  await press(within(form.scope()).getByRole('button', { name: form.submit }));
  if (form.submit !== CONFIRMED_SUBMIT) return;
  const summary = await screen.findByLabelText('申报内容');
  const dialog = summary.closest<HTMLElement>('[role="dialog"]');
  if (!dialog) throw new Error('申报内容 outside a dialog');
  await press(within(dialog).getByRole('button', { name: '确认申报' }));
}

const page = () => document.body;

export const writingForms: Record<string, WritingForm> = {
  企业备案申报: {
    account: 'xinqi',
    async reopen() {
      const { user } = renderApp('/filing');
      // The form while the filing may be edited; once declared, what was declared (read only).
      await screen.findAllByText(/^(企业备案申请|填写备案变更|备案信息)$/);
      return user;
    },
    async open() {
      const token = await tokenFor('xinqi');
      const saved = await callApi('PUT', '/filing/draft', {
        token,
        idempotencyKey: 'resilience-filing-draft',
        body: { version: 0, data: xinqiDraftData },
      });
      expect(saved.status).toBe(200);
      const { user } = renderApp('/filing');
      expect(await screen.findByLabelText('联系人')).toHaveValue('周立新');
      await fill(user, '联系人', '周立新（外贸部）');
      return user;
    },
    scope: page,
    submit: '申报',
    succeeded: '已申报，请等待海关审核。',
    kept: () => {
      expect(screen.getByLabelText('联系人')).toHaveValue('周立新（外贸部）');
      expect(screen.getByLabelText('企业中文名称')).toHaveValue(xinqiDraftData.nameCn);
    },
    kind: '企业备案申请',
    subject: xinqiDraftData.nameCn,
    async otherTab(token) {
      const response = await callApi('PUT', '/filing/draft', {
        token,
        idempotencyKey: 'other-tab-filing',
        body: { version: 1, data: { ...xinqiDraftData, contactPhone: '13900000000' } },
      });
      expect(response.status).toBe(200);
    },
    conflictSaid: '提交未生效：备案已在其他窗口更新',
  },

  备案变更申报: {
    account: 'jinggong',
    async reopen() {
      const { user } = renderApp('/filing/change');
      // The form while the filing may be edited; once declared, what was declared (read only).
      await screen.findAllByText(/^(企业备案申请|填写备案变更|备案信息)$/);
      return user;
    },
    async open() {
      const { user } = renderApp('/filing/change');
      expect(await screen.findByLabelText('联系人')).toHaveValue('陈晓峰');
      await fill(user, '联系电话', '0574-87650001');
      return user;
    },
    scope: page,
    submit: '申报',
    succeeded: /备案变更已申报，请等待海关审核/,
    kept: () => expect(screen.getByLabelText('联系电话')).toHaveValue('0574-87650001'),
    kind: '备案变更申请',
    subject: '宁波海曙精工机械有限公司',
    async otherTab(token) {
      const { body } = await callApi('GET', '/filing', { token });
      const response = await callApi('PUT', '/filing/change/draft', {
        token,
        idempotencyKey: 'other-tab-change',
        body: { version: body.filing.version, data: { ...body.filing.approved, contactName: '陈晓东' } },
      });
      expect(response.status).toBe(200);
    },
    conflictSaid: '提交未生效：备案已在其他窗口更新',
  },

  授权人员申报: {
    account: 'jinggong',
    async reopen() {
      const { user } = renderApp('/personnel');
      await user.click(await screen.findByRole('button', { name: '新增授权人员' }));
      await screen.findByRole('dialog', { name: '新增授权人员' });
      return user;
    },
    async open() {
      const { user } = renderApp('/personnel');
      await user.click(await screen.findByRole('button', { name: '新增授权人员' }));
      const drawer = await screen.findByRole('dialog', { name: '新增授权人员' });
      await fill(user, '姓名', '赵强');
      await fill(user, '身份证号码', '440304198501011235');
      await fill(user, '移动电话', '13612345678');
      await user.upload(within(drawer).getByLabelText('授权委托书'), fileOf(pdfBytes(), '授权委托书.pdf'));
      await user.upload(within(drawer).getByLabelText('身份证'), fileOf(pdfBytes(), '身份证.pdf'));
      await within(drawer).findByRole('button', { name: /下载 身份证\.pdf/ });
      return user;
    },
    scope: () => screen.getByRole('dialog', { name: '新增授权人员' }),
    submit: '申报',
    succeeded: '已提交海关审核。',
    kept: () => {
      const drawer = screen.getByRole('dialog', { name: '新增授权人员' });
      expect(within(drawer).getByLabelText('姓名')).toHaveValue('赵强');
      expect(within(drawer).getByLabelText('身份证号码')).toHaveValue('440304198501011235');
      expect(within(drawer).getByLabelText('移动电话')).toHaveValue('13612345678');
      expect(within(drawer).getByRole('button', { name: /下载 授权委托书\.pdf/ })).toBeInTheDocument();
      expect(within(drawer).getByRole('button', { name: /下载 身份证\.pdf/ })).toBeInTheDocument();
    },
    kind: '授权人员备案',
    subject: '赵强',
    // The same person, added and declared in another tab first: ours would be a duplicate.
    async otherTab(token) {
      const file = async (name: string, key: string) => {
        const uploaded = await uploadBytes(token, pdfBytes(), name, key, 'personnel');
        expect(uploaded.status).toBe(201);
        return uploaded.body.file;
      };
      const response = await callApi('POST', '/personnel', {
        token,
        idempotencyKey: 'other-tab-person',
        body: {
          version: 0,
          declare: true,
          data: {
            name: '赵强',
            idNumber: '440304198501011235',
            mobile: '13612345678',
            powerOfAttorney: await file('委托书.pdf', 'other-tab-attorney'),
            idCardCopy: await file('证件.pdf', 'other-tab-id-card'),
          },
        },
      });
      expect(response.status).toBe(201);
    },
    conflictSaid: '该身份证号码已登记为本企业的授权人员，不能重复添加。',
  },

  产品预审申报: {
    account: 'jinggong',
    async reopen() {
      const { user } = renderApp('/pre-reviews/pr-jinggong-flange/edit');
      await screen.findByLabelText('产品中文名称', {}, { timeout: 5_000 });
      return user;
    },
    async open() {
      const { user } = renderApp('/pre-reviews/pr-jinggong-flange/edit');
      expect(await screen.findByLabelText('产品中文名称', {}, { timeout: 5_000 })).toHaveValue('不锈钢法兰');
      await fill(user, '规格型号', 'DN100-PN16');
      return user;
    },
    scope: page,
    submit: '申报',
    succeeded: '已申报，请等待海关审核。',
    kept: () => {
      expect(screen.getByLabelText('规格型号')).toHaveValue('DN100-PN16');
      expect(screen.getByLabelText('产品中文名称')).toHaveValue('不锈钢法兰');
    },
    kind: '产品预审申请',
    subject: '不锈钢法兰',
    async otherTab(token) {
      const { body } = await callApi('GET', '/pre-reviews/pr-jinggong-flange', { token });
      const record = body.preReview;
      const response = await callApi('PUT', '/pre-reviews/pr-jinggong-flange', {
        token,
        idempotencyKey: 'other-tab-pre-review',
        body: { version: record.version, declare: false, data: { ...record.data, model: '另一个窗口' } },
      });
      expect(response.status).toBe(200);
    },
    conflictSaid: /该记录已在其他窗口或由其他人修改/,
  },

  核查回复: {
    account: 'jinggong',
    async reopen() {
      const { user } = renderApp('/verifications/vr-jinggong-spindle/respond');
      // Once replied to, the record can no longer be processed (VR1): the page says so instead.
      await screen.findAllByText(/^(处理核查记录单|不能处理该核查记录单)$/, {}, { timeout: 5_000 });
      return user;
    },
    async open() {
      const { user } = renderApp('/verifications/vr-jinggong-spindle/respond');
      await screen.findByRole('heading', { level: 2, name: /^核查记录单 / }, { timeout: 5_000 });
      await user.upload(
        screen.getByLabelText('生产工艺流程说明（必须上传）'),
        fileOf(pdfBytes(), '工艺流程.pdf'),
      );
      await user.upload(
        screen.getByLabelText('原材料采购凭证清单（必须上传）'),
        fileOf(pdfBytes(), '采购清单.pdf'),
      );
      await screen.findByRole('button', { name: /下载 采购清单\.pdf/ });
      await fill(user, '回复说明', '合金钢棒自日本进口，附采购凭证清单。');
      return user;
    },
    scope: page,
    submit: '提交回复',
    succeeded: '已提交回复，请等待海关处理。',
    kept: () => {
      expect(screen.getByLabelText('回复说明')).toHaveValue('合金钢棒自日本进口，附采购凭证清单。');
      expect(screen.getByRole('button', { name: /下载 工艺流程\.pdf/ })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: /下载 采购清单\.pdf/ })).toBeInTheDocument();
    },
    kind: '核查回复',
    subject: '数控机床主轴',
    async otherTab(token) {
      const file = async (name: string, key: string) => {
        const uploaded = await uploadBytes(token, pdfBytes(), name, key, 'verification');
        expect(uploaded.status).toBe(201);
        return uploaded.body.file;
      };
      const response = await callApi('POST', '/verifications/vr-jinggong-spindle/response', {
        token,
        idempotencyKey: 'other-tab-response',
        body: {
          version: 1,
          reply: '另一个窗口的回复',
          attachments: [
            { document: 'processFlow', file: await file('a.pdf', 'other-tab-flow') },
            { document: 'purchaseList', file: await file('b.pdf', 'other-tab-list') },
          ],
        },
      });
      expect(response.status).toBe(200);
    },
    conflictSaid: /该记录已在其他窗口或由其他人修改/,
  },
};

/** Pending applications of this kind about this subject, as 受理情况查询 lists them. */
export async function applications(form: WritingForm, token: string): Promise<number> {
  const query = new URLSearchParams({ kind: form.kind, status: '待审核', pageSize: '100' });
  const { body } = await callApi('GET', `/acceptance?${query}`, { token });
  return (body.items as { subject: string }[]).filter((item) => item.subject.includes(form.subject)).length;
}
