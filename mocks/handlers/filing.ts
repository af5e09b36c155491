// 企业备案 (F1) as the customs service handles it.
import { HttpResponse } from 'msw';
import { canEditFiling, withFilingApplication } from '@/features/filing/model/filingRules';
import {
  declareFilingRequestSchema,
  filingFieldLabels,
  saveFilingDraftRequestSchema,
  type FilingRecord,
  type FilingResponse,
} from '@/features/filing/model/filingSchemas';
import { getRecord } from '../db';
import { checkVersion, customsApi, idempotentWrite, parseBody, problems, requireEnterprise } from '../http';

const RESOURCE = 'filing';

/** One filing per enterprise, under a key derived from it, so two tabs cannot create two. */
export function filingIdOf(enterpriseId: string): string {
  return `filing-${enterpriseId}`;
}

async function findFiling(enterpriseId: string): Promise<FilingRecord | null> {
  return (await getRecord<FilingRecord>('filings', filingIdOf(enterpriseId))) ?? null;
}

function saveOrDeclare(status: '暂存' | '申报') {
  const schema = status === '暂存' ? saveFilingDraftRequestSchema : declareFilingRequestSchema;
  return async ({ request }: { request: Request }): Promise<Response> => {
    const principal = await requireEnterprise(request);
    const body = await parseBody(request, schema, filingFieldLabels);
    const id = filingIdOf(principal.enterpriseId);
    return idempotentWrite(request, principal, ['filings'], [RESOURCE], async (tx) => {
      // The version check and the write happen in one transaction.
      const current = (await checkVersion<FilingRecord>(tx, 'filings', id, body.version)) ?? null;
      const verdict = canEditFiling(current);
      if (!verdict.ok) throw problems.illegalState(verdict.reason);
      const next = withFilingApplication(current, {
        recordId: id,
        enterpriseId: principal.enterpriseId,
        data: body.data,
        status,
        now: new Date().toISOString(),
        newId: () => crypto.randomUUID(),
      });
      await tx.objectStore('filings').put(next);
      const response: FilingResponse = { filing: next };
      return { status: 200, body: response };
    });
  };
}

export const filingHandlers = [
  customsApi.get('/api/filing', async ({ request }) => {
    const principal = await requireEnterprise(request);
    const response: FilingResponse = { filing: await findFiling(principal.enterpriseId) };
    return HttpResponse.json(response);
  }),
  // One application (current or earlier) of the enterprise's own filing; another enterprise's is
  // not found, exactly like one that does not exist.
  customsApi.get('/api/filing/applications/:id', async ({ request, params }) => {
    const principal = await requireEnterprise(request);
    const filing = await findFiling(principal.enterpriseId);
    const application = [filing?.current, ...(filing?.history ?? [])].find((a) => a?.id === params.id);
    if (!filing || !application) throw problems.notFound('没有找到该申请。');
    return HttpResponse.json({ application, filingNo: filing.filingNo });
  }),
  customsApi.put('/api/filing/draft', saveOrDeclare('暂存')),
  customsApi.post('/api/filing/declare', saveOrDeclare('申报')),
];
