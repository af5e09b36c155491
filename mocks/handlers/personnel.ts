// 授权人员 (F2): the enterprise's authorised personnel, saved, submitted for customs review, and
// disabled. Gated by FR2 (an approved filing).
import { HttpResponse } from 'msw';
import { endpoints } from '@/contract/endpoints';
import { pageQuerySchema } from '@/contract/pageQuery';
import { Resource } from '@/contract/changes';
import { canDisablePerson, canEditPerson } from '@/domain/filing/personnelRules';
import {
  declarePersonRequestSchema,
  disablePersonRequestSchema,
  PERSONNEL_UPLOAD_PURPOSE,
  personFieldLabels,
  personnelAttachmentKinds,
  savePersonRequestSchema,
} from '@/contract/personnel';
import { disabledPerson, duplicateOf, savedPerson } from '../domain/filing/personnelWrites';
import { pageOf } from '../domain/paging';
import { ownRecord, requireGate } from '../http/access';
import { listByEnterprise, readAllIn } from '../store/reads';
import { idempotentWrite } from '../http/idempotency';
import { Problem, problems } from '../http/problems';
import { type ResolverInfo } from '../http/respond';
import { customsApi } from '../http/routing';
import { readJson, validate, readListQuery } from '../http/validation';
import { putPerson } from '../domain/review/indexedWrites';
import { ownDocuments } from '../http/access';

const RESOURCE = Resource.personnel;

const NOT_FOUND = '没有找到该授权人员。';

function save(existing: boolean) {
  return async ({ request, params }: ResolverInfo) => {
    const principal = await requireGate(request, existing ? endpoints.updatePerson : endpoints.createPerson);
    const raw = await readJson(request);
    const draft = validate(savePersonRequestSchema, raw, personFieldLabels);
    // 申报 checks every rule; 暂存 only bounds the input.
    const body = draft.declare ? validate(declarePersonRequestSchema, raw, personFieldLabels) : draft;
    return idempotentWrite(request, principal, ['personnel', 'files'], [RESOURCE], async (tx) => {
      const id = existing ? String(params.id) : crypto.randomUUID();
      const person = existing
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
      return { status: existing ? 200 : 201, body: { person: next } };
    });
  };
}

export const personnelHandlers = [
  customsApi.on(endpoints.personnel, async ({ request }) => {
    const principal = await requireGate(request, endpoints.personnel);
    const personnel = await listByEnterprise('personnel', principal.enterpriseId);
    personnel.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
    const { rows, total } = pageOf(personnel, readListQuery(request, pageQuerySchema));
    return HttpResponse.json({ personnel: rows, total });
  }),
  customsApi.on(endpoints.createPerson, save(false)),
  customsApi.on(endpoints.updatePerson, save(true)),
  customsApi.on(endpoints.disablePerson, async ({ request, params }) => {
    const principal = await requireGate(request, endpoints.disablePerson);
    const body = validate(disablePersonRequestSchema, await readJson(request));
    return idempotentWrite(request, principal, ['personnel'], [RESOURCE], async (tx) => {
      const person = await ownRecord(
        tx,
        'personnel',
        principal.enterpriseId,
        String(params.id),
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
