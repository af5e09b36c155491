// 授权人员 (F2): the enterprise's authorised personnel, saved, submitted for customs review, and
// disabled. Gated by FR2 (an approved filing).
import { HttpResponse } from 'msw';
import { endpoints } from '@/contract/endpoints';
import { Resource } from '@/contract/changes';
import { canDisablePerson, canEditPerson } from '@/domain/filing/personnelRules';
import { PERSONNEL_UPLOAD_PURPOSE, personnelAttachmentKinds } from '@/contract/personnel';
import { disabledPerson, duplicateOf, savedPerson } from '../domain/filing/personnelWrites';
import { pageOf } from '../domain/paging';
import { ownRecord } from '../http/access';
import { listByEnterprise, readAllIn } from '../store/reads';
import { idempotentWrite } from '../http/idempotency';
import { Problem, problems } from '../http/problems';
import { customsApi, type RouteInput } from '../http/routing';
import { putPerson } from '../domain/review/indexedWrites';
import { ownDocuments } from '../http/access';

const RESOURCE = Resource.personnel;

const NOT_FOUND = '没有找到该授权人员。';

/** 新增 (`existingId` null) or 修改: 暂存 or 申报 (the endpoint's schema checked every rule of a 申报). */
async function save(
  { request, principal, body }: RouteInput<typeof endpoints.createPerson>,
  existingId: string | null,
) {
  return idempotentWrite(request, principal, ['personnel', 'files'], [RESOURCE], async (tx) => {
    const id = existingId ?? crypto.randomUUID();
    const person = existingId
      ? await ownRecord(tx, 'personnel', principal.enterpriseId, id, body.version, NOT_FOUND)
      : null;
    const verdict = canEditPerson(person);
    if (!verdict.ok) throw problems.illegalState(verdict.reason);
    const others = await readAllIn(tx, 'personnel', principal.enterpriseId);
    if (duplicateOf({ id, idNumber: body.data.idNumber }, others)) {
      const message = '该身份证号码已登记为本企业的授权人员，不能重复添加。';
      throw new Problem(409, 'CONFLICT', message, [{ path: 'data.idNumber', message }]);
    }
    const documents = await ownDocuments(
      tx,
      principal.enterpriseId,
      PERSONNEL_UPLOAD_PURPOSE,
      { powerOfAttorney: body.data.powerOfAttorney, idCardCopy: body.data.idCardCopy },
      personnelAttachmentKinds,
      'data.',
    );
    const next = savedPerson(person, {
      id,
      enterpriseId: principal.enterpriseId,
      data: { ...body.data, ...documents },
      declare: body.declare,
      now: new Date().toISOString(),
    });
    await putPerson(tx, next);
    return { status: existingId ? 200 : 201, body: { person: next } };
  });
}

export const personnelHandlers = [
  customsApi.on(endpoints.personnel, async ({ principal, query }) => {
    const personnel = await listByEnterprise('personnel', principal.enterpriseId);
    personnel.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
    const { rows, total } = pageOf(personnel, query);
    return HttpResponse.json({ personnel: rows, total });
  }),
  customsApi.on(endpoints.createPerson, (input) => save(input, null)),
  customsApi.on(endpoints.updatePerson, (input) => save(input, input.params.id)),
  customsApi.on(endpoints.disablePerson, async ({ request, principal, params, body }) => {
    return idempotentWrite(request, principal, ['personnel'], [RESOURCE], async (tx) => {
      const person = await ownRecord(
        tx,
        'personnel',
        principal.enterpriseId,
        params.id,
        body.version,
        NOT_FOUND,
      );
      const verdict = canDisablePerson(person);
      if (!verdict.ok) throw problems.illegalState(verdict.reason);
      const next = disabledPerson(person, new Date().toISOString());
      await putPerson(tx, next);
      return { status: 200, body: { person: next } };
    });
  }),
];
