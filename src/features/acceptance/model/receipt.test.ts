// 回执 as the 受理情况查询 page writes it from what the service answered.
import { describe, expect, it } from 'vitest';
import { receiptOf } from './receipt';

describe('回执', () => {
  it.each([
    [{ type: 'filing', status: '待审核', opinion: null }, '企业备案申请已受理，等待海关审核'],
    [
      {
        type: 'filing',
        status: '审核通过',

        opinion: null,
        approvalReceipt: '备案审核通过，备案号是3107A19000187',
      },
      '备案审核通过，备案号是3107A19000187',
    ],
    [
      { type: 'personnel', status: '审核不通过', opinion: '授权委托书未盖章' },
      '授权人员备案审核不通过：授权委托书未盖章',
    ],
    [
      { type: 'verificationResponse', status: '审核不通过', opinion: '请补充发票' },
      '核查回复退回核查：请补充发票',
    ],
    [{ type: 'agency', status: '已生效', opinion: null }, '代录入授权已生效'],
    [{ type: 'filingChange', status: '已撤回', opinion: null }, '企业已撤回该申请'],
  ] as const)('%o → %s', (item, receipt) => {
    expect(receiptOf(item)).toBe(receipt);
  });
});
