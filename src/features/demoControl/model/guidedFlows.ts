// The guided demo flows (演示流程): for each flow of the seed, the scenario that sets up exactly its
// data and what the presenter does on each side, step by step. A step names the demo account it is
// played as; the guide offers to switch when the next step is the other side's.
import { paths } from '@/lib/paths';
import type { ApplicationType } from '@/contract/applications';

export interface GuideStep {
  /** The demo account the step is played as. */
  account: string;
  /** Where the step starts. */
  path: string;
  title: string;
  /** What to click and what to point out. */
  say: string;
  /** The step asks for documents to upload: the guide offers sample ones. */
  samples?: boolean;
}

export interface GuidedFlow {
  id: string;
  name: string;
  /** The scenario loaded when the flow starts. */
  scenario: string;
  summary: string;
  steps: readonly [GuideStep, ...GuideStep[]];
}

/** Who plays each demo account in a flow, as the guide names them. */
export const guideAccounts: ReadonlyMap<string, { who: string; side: '企业' | '海关' }> = new Map([
  ['jinggong', { who: '宁波海曙精工 陈晓峰', side: '企业' }],
  ['xinqi', { who: '新启电子 周立新', side: '企业' }],
  ['haiguan', { who: '宁波海关 王敏', side: '海关' }],
] as const);

const SPINDLE = 'pr-jinggong-spindle';
const reviewQueue = (type: ApplicationType) => paths.customs({ type });

export const guidedFlows: readonly GuidedFlow[] = [
  {
    id: 'filing',
    name: '企业备案 → 海关审核',
    scenario: 'flow-filing',
    summary: '新企业申报企业备案，海关审核通过后企业取得备案号，业务随之开放。',
    steps: [
      {
        account: 'xinqi',
        path: paths.filing(),
        title: '企业申报企业备案',
        say: '企业备案申请已填好并暂存。核对信息后点击“申报”，在确认框中点击“确认申报”。',
      },
      {
        account: 'haiguan',
        path: reviewQueue('filing'),
        title: '海关审核企业备案',
        say: '审核队列中是新启电子的企业备案申请。点击“审核”，核对资料，选择“审核通过”（Alt+Y），点击“提交审核结果”。',
      },
      {
        account: 'xinqi',
        path: paths.home(),
        title: '企业取得备案号',
        say: '首页显示备案号和“审核通过”；产品预审、核查互动等业务已在菜单中开放。',
      },
    ],
  },
  {
    id: 'filing-change',
    name: '备案变更与产品预审的限制',
    scenario: 'standard',
    summary: '备案变更申报后、海关审核前，产品预审暂停办理；审核通过后恢复。',
    steps: [
      {
        account: 'jinggong',
        path: paths.filingChange(),
        title: '企业申报备案变更',
        say: '修改“联系电话”，点击“申报”，确认框列出变更的项目，点击“确认申报”。',
      },
      {
        account: 'jinggong',
        path: paths.preReviews(),
        title: '产品预审暂停办理',
        say: '备案变更等待海关审核期间，产品预审不能办理：页面说明原因和下一步。',
      },
      {
        account: 'haiguan',
        path: reviewQueue('filingChange'),
        title: '海关审核备案变更',
        say: '点击“审核”：变更的项目逐项列出变更前的值。选择“审核通过”，提交。',
      },
      {
        account: 'jinggong',
        path: paths.preReviews(),
        title: '产品预审恢复办理',
        say: '备案变更已审核通过，产品预审列表和“新增”重新可用。',
      },
    ],
  },
  {
    id: 'pre-review',
    name: '新增产品预审 → 申报 → 审核通过',
    scenario: 'standard',
    summary: '企业申报暂存的产品预审，海关看到非原产比例和原产地标准预判后审核通过。',
    steps: [
      {
        account: 'jinggong',
        path: paths.editPreReview('pr-jinggong-flange'),
        title: '企业申报产品预审',
        say: '“不锈钢法兰”已暂存。指出成本明细、实时计算的非原产比例和原产地标准预判，点击“申报”，在确认框中点击“确认申报”。',
      },
      {
        account: 'haiguan',
        path: reviewQueue('preReviewNew'),
        title: '海关审核产品预审',
        say: '“申请内容”列出产品和非原产比例。点击“审核”，抽屉中有成本明细和原产地标准预判；选择“审核通过”，提交。',
      },
      {
        account: 'jinggong',
        path: paths.preReview('pr-jinggong-flange'),
        title: '审核结果回到企业',
        say: '状态为“正常 / 审核通过”，申请记录中有海关的审核意见。',
      },
    ],
  },
  {
    id: 'change-rejected',
    name: '产品预审变更被退回，数据恢复',
    scenario: 'flow-change-rejected',
    summary: '海关退回变更申请后，记录恢复为变更前的数据，申请记录保留被退回的变更。',
    steps: [
      {
        account: 'jinggong',
        path: paths.preReview(SPINDLE),
        title: '企业已申报变更',
        say: '“数控机床主轴”的变更申请（出厂价、合金钢棒的原产国）已申报，等待海关审核。',
      },
      {
        account: 'haiguan',
        path: reviewQueue('preReviewChange'),
        title: '海关退回变更',
        say: '点击“审核”：变更的项目逐项列出变更前后。选择“审核不通过”（Alt+N），填写审核意见，提交。',
      },
      {
        account: 'jinggong',
        path: paths.preReview(SPINDLE),
        title: '数据恢复为变更前',
        say: '记录恢复为变更前的数据，状态为“正常 / 审核通过”；申请记录保留被退回的变更和海关意见。',
      },
    ],
  },
  {
    id: 'cancel-restore',
    name: '注销 → 恢复',
    scenario: 'standard',
    summary: '产品预审注销后可申请恢复，两次都经海关审核。',
    steps: [
      {
        account: 'jinggong',
        path: paths.preReview(SPINDLE),
        title: '企业申请注销',
        say: '点击“注销”，填写申请说明（例如“该型号停产”），点击“注销并申报”。',
      },
      {
        account: 'haiguan',
        path: reviewQueue('preReviewCancel'),
        title: '海关审核注销',
        say: '点击“审核”，选择“审核通过”，提交。',
      },
      {
        account: 'jinggong',
        path: paths.preReview(SPINDLE),
        title: '企业申请恢复',
        say: '状态为“注销 / 审核通过”。点击“恢复”，填写申请说明，点击“恢复并申报”。',
      },
      {
        account: 'haiguan',
        path: reviewQueue('preReviewRestore'),
        title: '海关审核恢复',
        say: '点击“审核”，选择“审核通过”，提交。',
      },
      {
        account: 'jinggong',
        path: paths.preReview(SPINDLE),
        title: '恢复为正常',
        say: '状态为“正常 / 审核通过”，申请记录中依次是注销和恢复。',
      },
    ],
  },
  {
    id: 'delete',
    name: '删除产品预审',
    scenario: 'standard',
    summary: '已审核通过的产品预审删除须经海关审核；审核通过后记录不再出现，海关的决定仍可查。',
    steps: [
      {
        account: 'jinggong',
        path: paths.preReview(SPINDLE),
        title: '企业申请删除',
        say: '点击“删除”，填写申请说明，点击“删除并申报”。（暂存的新增记录则直接删除，不经海关。）',
      },
      {
        account: 'haiguan',
        path: reviewQueue('preReviewDelete'),
        title: '海关审核删除',
        say: '点击“审核”，选择“审核通过”，提交。',
      },
      {
        account: 'jinggong',
        path: paths.preReviews(),
        title: '记录不再出现',
        say: '“数控机床主轴”已从产品预审列表中消失；海关审核台“已审核”中保留这次决定。',
      },
    ],
  },
  {
    id: 'verification',
    name: '核查：发起 → 回复 → 退回 → 完成',
    scenario: 'standard',
    summary: '海关发起核查，企业上传资料回复，海关退回要求补充，企业再次回复，海关核查完成。',
    steps: [
      {
        account: 'haiguan',
        path: paths.issueVerification(),
        title: '海关发起核查',
        say: '选择企业“宁波海曙精工”和已审核通过的产品预审，勾选必须上传的电子资料，填写核查要求，点击“发起核查”。',
      },
      {
        account: 'jinggong',
        path: paths.verifications(),
        title: '企业回复',
        say: '首页和“核查互动”提示新的核查记录单。点击“处理”，上传要求的资料，填写回复，提交。',
        samples: true,
      },
      {
        account: 'haiguan',
        path: reviewQueue('verificationResponse'),
        title: '海关退回核查',
        say: '点击“审核”，查看回复和附件；选择“退回核查”，填写原因（例如“请补充供应商原产地声明”），提交。',
      },
      {
        account: 'jinggong',
        path: paths.verifications(),
        title: '企业补充回复',
        say: '记录单状态为“退回核查”，可再次回复：补充资料后提交。',
        samples: true,
      },
      {
        account: 'haiguan',
        path: reviewQueue('verificationResponse'),
        title: '海关核查完成',
        say: '点击“审核”，选择“核查完成”，提交。企业端状态随之为“核查完成”。',
      },
    ],
  },
  {
    id: 'acceptance',
    name: '受理情况查询',
    scenario: 'standard',
    summary: '企业在一个列表中查看所有申请的受理和审核结果。',
    steps: [
      {
        account: 'jinggong',
        path: paths.acceptance(),
        title: '全部申请',
        say: '列表包括企业备案、备案变更、授权人员、产品预审的各类申请和核查回复，以及海关的审核结果。',
      },
      {
        account: 'jinggong',
        path: paths.acceptance({ status: '审核不通过' }),
        title: '只看未通过的',
        say: '按状态筛选“审核不通过”：每条都附海关的审核意见，点击申请可打开对应记录。',
      },
    ],
  },
];

/** By id. A Map, so that a name from the URL such as `constructor` is simply unknown. */
const flowsById = new Map(guidedFlows.map((flow) => [flow.id, flow]));

export function guidedFlow(id: string | null): GuidedFlow | undefined {
  return id === null ? undefined : flowsById.get(id);
}
