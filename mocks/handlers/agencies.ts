// 代录入企业 (F2): the agencies an enterprise authorises (add, edit, revoke, with who changed what
// and when), and, for an agency account, the enterprises it may act for and the switch to one.
import { HttpResponse } from 'msw';
import { endpoints } from '@/contract/endpoints';
import { Resource } from '@/contract/changes';
import { isAuthorisationInForce, isOwnUscc, OWN_USCC_MESSAGE } from '@/domain/filing/agencyRules';
import { AGENCY_UPLOAD_PURPOSE, type AgencyRecord } from '@/contract/agency';
import { agencyChanges } from '../domain/filing/agencyHistory';
import { pageOf } from '../domain/paging';
import { ownDocuments, ownRecord } from '../http/access';
import { getRecord, listAll, listByEnterprise, readIn } from '../store/reads';
import { transact } from '../store/transactions';
import { idempotentWrite } from '../http/idempotency';
import { Problem, problems } from '../http/problems';
import { customsApi, type RouteInput } from '../http/routing';
import { authorisationInForce, sessionOf } from '../http/sessions';

const RESOURCE = Resource.agencies;

const NOT_FOUND = '没有找到该代录入授权。';

/** 新增 (`existingId` null) or 修改 of an authorisation. */
async function save(
  { request, principal, body }: RouteInput<typeof endpoints.createAgency>,
  existingId: string | null,
) {
  const own = await getRecord('enterprises', principal.enterpriseId);
  if (isOwnUscc(body.data.uscc, own?.uscc ?? null)) {
    throw new Problem(422, 'VALIDATION', OWN_USCC_MESSAGE, [
      { path: 'data.uscc', message: OWN_USCC_MESSAGE },
    ]);
  }
  return idempotentWrite(
    request,
    principal,
    ['agencies', 'files'],
    [RESOURCE, Resource.session],
    async (tx) => {
      const id = existingId ?? crypto.randomUUID();
      const before = existingId
        ? await ownRecord(tx, 'agencies', principal.enterpriseId, id, body.version, NOT_FOUND)
        : null;
      if (before?.status === '已撤销') throw problems.illegalState('已撤销的授权不能修改，请重新新增授权。');
      const documents = await ownDocuments(
        tx,
        principal.enterpriseId,
        AGENCY_UPLOAD_PURPOSE,
        { powerOfAttorney: body.data.powerOfAttorney },
        [{ key: 'powerOfAttorney', label: '授权委托书' }],
        'data.',
      );
      const data = { ...body.data, ...documents };
      const now = new Date().toISOString();
      const next: AgencyRecord = {
        id,
        enterpriseId: principal.enterpriseId,
        version: (before?.version ?? 0) + 1,
        data,
        status: '有效',
        revokedAt: null,
        history: [
          {
            at: now,
            by: principal.displayName,
            action: before ? '修改' : '新增',
            changes: before ? agencyChanges(before.data, data) : [],
          },
          ...(before?.history ?? []),
        ],
      };
      await tx.objectStore('agencies').put(next);
      return { status: existingId ? 200 : 201, body: { agency: next } };
    },
  );
}

export const agencyHandlers = [
  customsApi.on(endpoints.agencies, async ({ principal, query }) => {
    const agencies = await listByEnterprise('agencies', principal.enterpriseId);
    agencies.sort(
      (a, b) => (b.history[0]?.at ?? '').localeCompare(a.history[0]?.at ?? '') || a.id.localeCompare(b.id),
    );
    const { rows, total } = pageOf(agencies, query);
    return HttpResponse.json({ agencies: rows, total });
  }),
  customsApi.on(endpoints.createAgency, (input) => save(input, null)),
  customsApi.on(endpoints.updateAgency, (input) => save(input, input.params.id)),
  customsApi.on(endpoints.revokeAgency, async ({ request, principal, params, body }) => {
    return idempotentWrite(request, principal, ['agencies'], [RESOURCE, Resource.session], async (tx) => {
      const record = await ownRecord(
        tx,
        'agencies',
        principal.enterpriseId,
        params.id,
        body.version,
        NOT_FOUND,
      );
      if (record.status === '已撤销') throw problems.illegalState('该授权已撤销。');
      const now = new Date().toISOString();
      const next: AgencyRecord = {
        ...record,
        version: record.version + 1,
        status: '已撤销',
        revokedAt: now,
        history: [{ at: now, by: principal.displayName, action: '撤销', changes: [] }, ...record.history],
      };
      await tx.objectStore('agencies').put(next);
      return { status: 200, body: { agency: next } };
    });
  }),

  // The agency's side.
  customsApi.on(endpoints.principals, async ({ principal }) => {
    if (principal.role !== 'agency' || !principal.ownEnterpriseId)
      throw problems.forbidden('仅代录入企业账号可以代理其他企业办理业务。');
    const own = await getRecord('enterprises', principal.ownEnterpriseId);
    const enterprises = new Map((await listAll('enterprises')).map((e) => [e.id, e]));
    const principals = (await listAll('agencies'))
      .filter((record) => record.data.uscc === own?.uscc && isAuthorisationInForce(record, new Date()))
      .flatMap((record) => {
        const enterprise = enterprises.get(record.enterpriseId);
        return enterprise
          ? [
              {
                enterprise: { id: enterprise.id, nameCn: enterprise.nameCn, uscc: enterprise.uscc },
                scope: record.data.scope,
                validFrom: record.data.validFrom,
                validTo: record.data.validTo,
              },
            ]
          : [];
      });
    return HttpResponse.json({ principals });
  }),
  customsApi.on(endpoints.actAs, async ({ principal, body: { enterpriseId } }) => {
    if (principal.role !== 'agency' || !principal.ownEnterpriseId)
      throw problems.forbidden('仅代录入企业账号可以代理其他企业办理业务。');
    if (enterpriseId && !(await authorisationInForce(principal.ownEnterpriseId, enterpriseId))) {
      throw problems.forbidden('该企业未授权本企业代录入，或授权已撤销、已过期。');
    }
    const session = await transact(['sessions'], [], async (tx) => {
      const record = await readIn(tx, 'sessions', principal.token);
      if (!record) throw problems.unauthenticated();
      const next = { ...record, actingFor: enterpriseId };
      await tx.objectStore('sessions').put(next);
      return next;
    });
    const acting = enterpriseId
      ? { ...principal, enterpriseId, actor: { kind: 'agency' as const, scope: [] } }
      : { ...principal, enterpriseId: principal.ownEnterpriseId, actor: { kind: 'self' as const } };
    return HttpResponse.json({ session: await sessionOf(acting, session.expiresAt) });
  }),
];
