// Every endpoint of the customs API: method, path (under API_BASE), who may call it, whether it
// is an idempotent write, its query, body and answer schemas, and the error statuses it may give.
// The app calls endpoints through this table (src/lib/api/endpoint.ts), the simulated service
// registers its handlers by it (mocks/http.ts), docs/openapi.json is generated from it, and the
// conformance suite (scripts/contract) drives every entry over HTTP.
import { z } from 'zod';
import { acceptanceListResponseSchema, acceptanceQuerySchema } from './acceptance';
import {
  agenciesResponseSchema,
  agencyResponseSchema,
  revokeAgencyRequestSchema,
  saveAgencyRequestSchema,
} from './agency';
import {
  actAsRequestSchema,
  cardLoginSchema,
  okResponseSchema,
  passwordLoginSchema,
  principalsResponseSchema,
  sessionResponseSchema,
} from './auth';
import { uploadQuerySchema, uploadResponseSchema } from './files';
import {
  declareFilingRequestSchema,
  filingApplicationResponseSchema,
  filingResponseSchema,
  saveFilingDraftRequestSchema,
  standingResponseSchema,
  withdrawFilingRequestSchema,
} from './filing';
import { endpoint, type Endpoint } from './endpoint';
import {
  disablePersonRequestSchema,
  personnelResponseSchema,
  personResponseSchema,
  savePersonRequestSchema,
} from './personnel';
import {
  preReviewActionRequestSchema,
  preReviewActionResponseSchema,
  preReviewListResponseSchema,
  preReviewResponseSchema,
  savePreReviewRequestSchema,
} from './preReview';
import { listQuerySchema } from './preReviewQuery';
import {
  decisionRequestSchema,
  decisionResponseSchema,
  reviewFilters,
  reviewQueueResponseSchema,
} from './review';
import {
  issueRequestSchema,
  respondRequestSchema,
  verificationListResponseSchema,
  verificationNoticesSchema,
  verificationResponseSchema,
  verificationTargetsSchema,
} from './verification';
import { verificationQuerySchema } from './verificationQuery';
import { pageQuerySchema } from './pageQuery';

const reviewQueueQuerySchema = z.object({ status: z.enum(reviewFilters), ...pageQuerySchema.shape });

export const endpoints = {
  // 登录
  login: endpoint({
    method: 'POST',
    path: '/auth/login',
    tag: 'auth',
    summary: '账号密码登录: opens a session (five wrong passwords lock the account for 15 minutes: 423).',
    access: 'public',
    body: passwordLoginSchema,
    response: sessionResponseSchema,
    alsoErrors: [401, 423],
  }),
  cardLogin: endpoint({
    method: 'POST',
    path: '/auth/card-login',
    tag: 'auth',
    summary: '卡介质登录: opens a session with a card and its PIN (five wrong PINs lock the card: 423).',
    access: 'public',
    body: cardLoginSchema,
    response: sessionResponseSchema,
    alsoErrors: [401, 423],
  }),
  session: endpoint({
    method: 'GET',
    path: '/auth/session',
    tag: 'auth',
    summary: 'The signed-in session: user, enterprise, the enterprise an agency acts for.',
    access: 'session',
    response: sessionResponseSchema,
  }),
  extendSession: endpoint({
    method: 'POST',
    path: '/auth/session/extend',
    tag: 'auth',
    summary: '延长登录: another 30 minutes from now.',
    access: 'session',
    response: sessionResponseSchema,
  }),
  logout: endpoint({
    method: 'POST',
    path: '/auth/logout',
    tag: 'auth',
    summary: '退出登录: ends the session.',
    access: 'session',
    response: okResponseSchema,
  }),
  actAs: endpoint({
    method: 'POST',
    path: '/auth/act-as',
    tag: 'auth',
    summary: 'An agency acts for an enterprise that authorised it (or for itself again: null).',
    access: 'session',
    body: actAsRequestSchema,
    response: sessionResponseSchema,
    alsoErrors: [403],
  }),
  principals: endpoint({
    method: 'GET',
    path: '/agency/principals',
    tag: 'auth',
    summary: 'The enterprises whose authorisation of the signed-in agency is in force.',
    access: 'session',
    response: principalsResponseSchema,
    alsoErrors: [403],
  }),

  // 附件
  upload: endpoint({
    method: 'POST',
    path: '/files',
    tag: 'files',
    summary: 'Uploads a document (PDF, JPG or PNG, by content) as raw bytes; its name in X-File-Name.',
    access: 'enterprise',
    idempotent: true,
    query: uploadQuerySchema,
    body: 'bytes',
    response: uploadResponseSchema,
    status: 201,
  }),
  download: endpoint({
    method: 'GET',
    path: '/files/:id',
    tag: 'files',
    summary: "Downloads a document the caller's enterprise (or customs) may read.",
    access: 'session',
    response: 'bytes',
    alsoErrors: [403],
  }),

  // 企业备案
  standing: endpoint({
    method: 'GET',
    path: '/filing/standing',
    tag: 'filing',
    summary: "Where the enterprise's filing stands (FR2–FR4): approved, change declared, 企业类型.",
    access: 'session',
    response: standingResponseSchema,
    alsoErrors: [403],
  }),
  filing: endpoint({
    method: 'GET',
    path: '/filing',
    tag: 'filing',
    summary: "The enterprise's filing: the current application, the approved data, its history.",
    access: 'enterprise',
    response: filingResponseSchema,
  }),
  filingApplication: endpoint({
    method: 'GET',
    path: '/filing/applications/:id',
    tag: 'filing',
    summary: "One application (current or earlier) of the enterprise's filing.",
    access: 'enterprise',
    response: filingApplicationResponseSchema,
  }),
  saveFilingDraft: endpoint({
    method: 'PUT',
    path: '/filing/draft',
    tag: 'filing',
    summary: '企业备案 暂存: keeps the draft (only limits checked).',
    access: 'enterprise',
    idempotent: true,
    body: saveFilingDraftRequestSchema,
    response: filingResponseSchema,
  }),
  declareFiling: endpoint({
    method: 'POST',
    path: '/filing/declare',
    tag: 'filing',
    summary: '企业备案 申报: every rule checked, then waits for customs.',
    access: 'enterprise',
    idempotent: true,
    body: declareFilingRequestSchema,
    response: filingResponseSchema,
  }),
  saveFilingChangeDraft: endpoint({
    method: 'PUT',
    path: '/filing/change/draft',
    tag: 'filing',
    summary: '备案变更 暂存 (FR4: only once the filing is approved).',
    access: 'enterprise',
    idempotent: true,
    body: saveFilingDraftRequestSchema,
    response: filingResponseSchema,
  }),
  declareFilingChange: endpoint({
    method: 'POST',
    path: '/filing/change/declare',
    tag: 'filing',
    summary: '备案变更 申报.',
    access: 'enterprise',
    idempotent: true,
    body: declareFilingRequestSchema,
    response: filingResponseSchema,
  }),
  withdrawFiling: endpoint({
    method: 'POST',
    path: '/filing/withdraw',
    tag: 'filing',
    summary: '撤回 a declared filing or change before customs decides.',
    access: 'enterprise',
    idempotent: true,
    body: withdrawFilingRequestSchema,
    response: filingResponseSchema,
  }),

  // 授权人员
  personnel: endpoint({
    method: 'GET',
    path: '/personnel',
    tag: 'personnel',
    summary: "The enterprise's authorised personnel, latest changed first, one page.",
    access: 'enterprise',
    query: pageQuerySchema,
    response: personnelResponseSchema,
  }),
  createPerson: endpoint({
    method: 'POST',
    path: '/personnel',
    tag: 'personnel',
    summary: '授权人员 新增: 暂存 or 申报 (declare: true checks every rule).',
    access: 'enterprise',
    idempotent: true,
    body: savePersonRequestSchema,
    response: personResponseSchema,
    status: 201,
  }),
  updatePerson: endpoint({
    method: 'PUT',
    path: '/personnel/:id',
    tag: 'personnel',
    summary: '授权人员 修改: 暂存 or 申报.',
    access: 'enterprise',
    idempotent: true,
    body: savePersonRequestSchema,
    response: personResponseSchema,
  }),
  disablePerson: endpoint({
    method: 'POST',
    path: '/personnel/:id/disable',
    tag: 'personnel',
    summary: '授权人员 停用.',
    access: 'enterprise',
    idempotent: true,
    body: disablePersonRequestSchema,
    response: personResponseSchema,
  }),

  // 代录入企业
  agencies: endpoint({
    method: 'GET',
    path: '/agencies',
    tag: 'agencies',
    summary: "The enterprise's proxy-entry authorisations (代录入授权), latest changed first, one page.",
    access: 'enterprise',
    query: pageQuerySchema,
    response: agenciesResponseSchema,
  }),
  createAgency: endpoint({
    method: 'POST',
    path: '/agencies',
    tag: 'agencies',
    summary: '代录入企业 新增: in force from its start date, for its scope.',
    access: 'enterprise',
    idempotent: true,
    body: saveAgencyRequestSchema,
    response: agencyResponseSchema,
    status: 201,
  }),
  updateAgency: endpoint({
    method: 'PUT',
    path: '/agencies/:id',
    tag: 'agencies',
    summary: '代录入企业 修改.',
    access: 'enterprise',
    idempotent: true,
    body: saveAgencyRequestSchema,
    response: agencyResponseSchema,
  }),
  revokeAgency: endpoint({
    method: 'POST',
    path: '/agencies/:id/revoke',
    tag: 'agencies',
    summary: '代录入企业 撤销.',
    access: 'enterprise',
    idempotent: true,
    body: revokeAgencyRequestSchema,
    response: agencyResponseSchema,
  }),

  // 产品预审
  preReviews: endpoint({
    method: 'GET',
    path: '/pre-reviews',
    tag: 'preReview',
    summary: '产品预审 查询: filtered, sorted and paged by the service.',
    access: 'enterprise',
    query: listQuerySchema,
    response: preReviewListResponseSchema,
  }),
  preReview: endpoint({
    method: 'GET',
    path: '/pre-reviews/:id',
    tag: 'preReview',
    summary: 'One pre-review: its cost sheet, states, customs decision and applications.',
    access: 'enterprise',
    response: preReviewResponseSchema,
  }),
  createPreReview: endpoint({
    method: 'POST',
    path: '/pre-reviews',
    tag: 'preReview',
    summary: '产品预审 新增: 暂存 or 申报 (declare: true checks PR1–PR8).',
    access: 'enterprise',
    idempotent: true,
    body: savePreReviewRequestSchema,
    response: preReviewResponseSchema,
    status: 201,
  }),
  updatePreReview: endpoint({
    method: 'PUT',
    path: '/pre-reviews/:id',
    tag: 'preReview',
    summary: "产品预审 修改 of a draft's sheet: 暂存 or 申报.",
    access: 'enterprise',
    idempotent: true,
    body: savePreReviewRequestSchema,
    response: preReviewResponseSchema,
  }),
  preReviewAction: endpoint({
    method: 'POST',
    path: '/pre-reviews/:id/actions',
    tag: 'preReview',
    summary:
      '变更, 注销, 恢复, 删除, or 修改 of a 申请说明: exactly what the state table allows (409 otherwise).',
    access: 'enterprise',
    idempotent: true,
    body: preReviewActionRequestSchema,
    response: preReviewActionResponseSchema,
  }),

  // 核查互动
  verifications: endpoint({
    method: 'GET',
    path: '/verifications',
    tag: 'verification',
    summary: "The enterprise's verification requests (核查), awaiting ones first.",
    access: 'enterprise',
    query: verificationQuerySchema,
    response: verificationListResponseSchema,
  }),
  verificationNotices: endpoint({
    method: 'GET',
    path: '/verifications/notices',
    tag: 'verification',
    summary: 'How many requests await a reply, and the nearest deadline.',
    access: 'enterprise',
    response: verificationNoticesSchema,
  }),
  verification: endpoint({
    method: 'GET',
    path: '/verifications/:id',
    tag: 'verification',
    summary: 'One verification request with its replies.',
    access: 'enterprise',
    response: verificationResponseSchema,
  }),
  respondToVerification: endpoint({
    method: 'POST',
    path: '/verifications/:id/response',
    tag: 'verification',
    summary: '核查回复: the reply and the required documents (VR1, VR2).',
    access: 'enterprise',
    idempotent: true,
    body: respondRequestSchema,
    response: verificationResponseSchema,
  }),

  // 海关审核
  verificationTargets: endpoint({
    method: 'GET',
    path: '/customs/verification-targets',
    tag: 'customs',
    summary: 'What customs may send a verification request about: enterprises and their approved products.',
    access: 'customs',
    response: verificationTargetsSchema,
  }),
  issueVerification: endpoint({
    method: 'POST',
    path: '/customs/verifications',
    tag: 'customs',
    summary: '发起核查: a verification request to an enterprise.',
    access: 'customs',
    idempotent: true,
    body: issueRequestSchema,
    response: verificationResponseSchema,
    status: 201,
  }),
  reviewQueue: endpoint({
    method: 'GET',
    path: '/customs/applications',
    tag: 'customs',
    summary: "Every enterprise's declared applications awaiting a decision (pending), or decided.",
    access: 'customs',
    query: reviewQueueQuerySchema,
    response: reviewQueueResponseSchema,
    alsoErrors: [400],
  }),
  decide: endpoint({
    method: 'POST',
    path: '/customs/applications/:kind/:recordId/decision',
    tag: 'customs',
    summary: '审核通过 or 审核不通过 (with an opinion) of the declared application of a record.',
    access: 'customs',
    idempotent: true,
    body: decisionRequestSchema,
    response: decisionResponseSchema,
  }),

  // 受理情况查询
  acceptance: endpoint({
    method: 'GET',
    path: '/acceptance',
    tag: 'acceptance',
    summary:
      '受理情况查询: every application of the enterprise, of every kind, with counts and recent decisions.',
    access: 'enterprise',
    query: acceptanceQuerySchema,
    response: acceptanceListResponseSchema,
  }),
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof endpoints;
export { pathOf, type Endpoint } from './endpoint';
