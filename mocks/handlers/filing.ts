// 企业备案 and 备案变更 (F1) as the customs service handles them.
import { HttpResponse } from 'msw';
import { endpoints } from '@/contract/endpoints';
import { Resource } from '@/contract/changes';
import { canEdit, canWithdraw, type ApplicationKind } from '@/domain/filing/filingRules';
import { filingChanges } from '@/domain/filing/filingDisplay';
import {
  FILING_UPLOAD_PURPOSE,
  filingAttachmentKinds,
  type FilingResponse,
  type StandingResponse,
} from '@/contract/filing';
import { filingStanding, withApplication, withdrawn } from '../domain/filing/filingWrites';
import { filingIdOf, findFiling } from '../domain/filing/filingRecord';
import { idempotentWrite } from '../http/idempotency';
import { Problem, problems } from '../http/problems';
import { customsApi, type RouteInput } from '../http/routing';
import { requireCapability } from '../http/sessions';
import { checkVersion } from '../http/versions';
import { ownDocuments } from '../http/access';
import { putFiling } from '../domain/review/indexedWrites';

const RESOURCE = Resource.filing;

/**
 * 暂存 or 申报 of the filing or its change. The route has opened the gate first, as for every
 * function; nothing another tab does can close it again before the write: an approval is never
 * undone, and the agency's scope is its session's.
 */
function saveOrDeclare(kind: ApplicationKind, status: '暂存' | '申报') {
  return async ({
    request,
    principal,
    body,
  }: RouteInput<typeof endpoints.saveFilingDraft | typeof endpoints.declareFiling>): Promise<Response> => {
    const id = filingIdOf(principal.enterpriseId);
    return idempotentWrite(request, principal, ['filings', 'files'], [RESOURCE], async (tx) => {
      // The version check and the write happen in one transaction.
      const current = (await checkVersion(tx, 'filings', id, body.version)) ?? null;
      const verdict = canEdit(current, kind);
      if (!verdict.ok) throw problems.illegalState(verdict.reason);
      const data = {
        ...body.data,
        attachments: await ownDocuments(
          tx,
          principal.enterpriseId,
          FILING_UPLOAD_PURPOSE,
          body.data.attachments,
          filingAttachmentKinds,
          'data.attachments.',
        ),
      };
      if (kind === 'change' && status === '申报' && current?.approved) {
        if (filingChanges(current.approved, data).length === 0) {
          throw new Problem(
            422,
            'VALIDATION',
            '备案变更申请没有修改任何内容，请修改需要变更的项目后再申报。',
          );
        }
      }
      const next = withApplication(current, {
        kind,
        recordId: id,
        enterpriseId: principal.enterpriseId,
        data,
        status,
        now: new Date().toISOString(),
        newId: () => crypto.randomUUID(),
      });
      await putFiling(tx, next);
      const response: FilingResponse = { filing: next };
      return { status: 200, body: response };
    });
  };
}

export const filingHandlers = [
  // The gate's facts only: every session of the enterprise may know which functions are open.
  customsApi.on(endpoints.standing, async ({ principal }) => {
    const filing = await findFiling(principal.enterpriseId);
    const response: StandingResponse = {
      standing: { ...filingStanding(filing), filingNo: filing?.filingNo ?? null },
    };
    return HttpResponse.json(response);
  }),
  customsApi.on(endpoints.filing, async ({ principal }) => {
    const response: FilingResponse = { filing: await findFiling(principal.enterpriseId) };
    return HttpResponse.json(response);
  }),
  // One application (current or earlier) of the enterprise's own filing; another enterprise's is
  // not found, exactly like one that does not exist.
  customsApi.on(endpoints.filingApplication, async ({ principal, params }) => {
    const filing = await findFiling(principal.enterpriseId);
    const application = [filing?.current, ...(filing?.history ?? [])].find((a) => a?.id === params.id);
    if (!filing || !application) throw problems.notFound('没有找到该申请。');
    return HttpResponse.json({ application, filingNo: filing.filingNo });
  }),
  customsApi.on(endpoints.saveFilingDraft, saveOrDeclare('filing', '暂存')),
  customsApi.on(endpoints.declareFiling, saveOrDeclare('filing', '申报')),
  customsApi.on(endpoints.saveFilingChangeDraft, saveOrDeclare('change', '暂存')),
  customsApi.on(endpoints.declareFilingChange, saveOrDeclare('change', '申报')),
  customsApi.on(endpoints.withdrawFiling, async ({ request, principal, body }) => {
    const id = filingIdOf(principal.enterpriseId);
    return idempotentWrite(request, principal, ['filings'], [RESOURCE], async (tx) => {
      const current = (await checkVersion(tx, 'filings', id, body.version)) ?? null;
      requireCapability(
        filingStanding(current),
        current?.current?.kind === 'change' ? 'filingChange' : 'filing',
        principal.actor,
      );
      const verdict = canWithdraw(current);
      if (!current || !verdict.ok)
        throw problems.illegalState(verdict.ok ? '没有可撤回的申请。' : verdict.reason);
      const next = withdrawn(current, new Date().toISOString());
      await putFiling(tx, next);
      const response: FilingResponse = { filing: next };
      return { status: 200, body: response };
    });
  }),
];
