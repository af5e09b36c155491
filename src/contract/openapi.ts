// The OpenAPI 3.1 document of the customs API, generated from the endpoint table and its zod
// schemas with zod's own JSON Schema output (JSON Schema 2020-12, which OpenAPI 3.1 uses as is),
// and the Markdown API reference beside it. `npm run openapi` writes both into docs/; a test
// fails when the committed ones differ from what the contract generates.
import { z } from 'zod';
import { needsApprovedFiling } from '@/values/capabilities';
import { fileRefSchema } from '@/values/files';
import { acceptanceItemSchema } from './acceptance';
import { agencyRecordSchema } from './agency';
import { applicationTypes } from './applications';
import { sessionSchema } from './auth';
import { resources } from './changes';
import type { Endpoint } from './endpoint';
import { endpoints } from './endpoints';
import { UPLOAD_BODY_LIMIT_BYTES } from './files';
import { LIST_PAGE_SIZES } from './pageQuery';
import { filingApplicationSchema, filingRecordSchema } from './filing';
import {
  API_BASE,
  apiErrorBodySchema,
  errorStatuses,
  JSON_BODY_LIMIT_BYTES,
  errorStatusOf,
  FILE_NAME_HEADER,
  IDEMPOTENCY_HEADER,
  type ErrorCode,
} from './http';
import { personRecordSchema } from './personnel';
import { preReviewRecordSchema } from './preReview';
import { reviewItemSchema } from './review';
import { sheetSchema } from './sheet';
import { verificationRecordSchema } from './verification';

type JsonSchema = Record<string, unknown>;

const tags: Record<string, string> = {
  auth: '登录与会话 · login, sessions, agencies acting for an enterprise',
  files: '附件 · documents',
  filing: '企业备案 · the enterprise filing and its change (FR1–FR4)',
  personnel: '授权人员 · authorised personnel',
  agencies: '代录入企业 · proxy-entry authorisations',
  preReview: '产品预审 · product pre-reviews (PR1–PR8, ST1–ST5)',
  verification: '核查互动 · verification requests (VR1, VR2)',
  customs: '海关审核 · the customs console',
  acceptance: '受理情况查询 · every application and where customs stands',
};

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Record shapes that several answers share, named once in components.schemas. */
const sharedRecords: ReadonlyArray<readonly [z.ZodType, string]> = [
  [preReviewRecordSchema, 'PreReviewRecord'],
  [sheetSchema, 'CostSheet'],
  [filingRecordSchema, 'FilingRecord'],
  [filingApplicationSchema, 'FilingApplication'],
  [personRecordSchema, 'PersonRecord'],
  [agencyRecordSchema, 'AgencyRecord'],
  [verificationRecordSchema, 'VerificationRecord'],
  [sessionSchema, 'Session'],
  [reviewItemSchema, 'ReviewItem'],
  [acceptanceItemSchema, 'AcceptanceItem'],
  [fileRefSchema, 'FileRef'],
];

function withoutMeta(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

interface ComponentIds {
  answers: Map<z.ZodType, string>;
  bodies: Map<z.ZodType, string>;
}

/** The component id of every answer and body: a shared record's name, else the first endpoint's. */
function componentIds(list: Array<[string, Endpoint]>): ComponentIds {
  const answers = new Map<z.ZodType, string>(sharedRecords);
  answers.set(apiErrorBodySchema, 'ApiError');
  const bodies = new Map<z.ZodType, string>();
  for (const [name, spec] of list) {
    if (spec.response !== 'bytes' && !answers.has(spec.response))
      answers.set(spec.response, `${pascal(name)}Response`);
    if (spec.body !== undefined && spec.body !== 'bytes' && !bodies.has(spec.body))
      bodies.set(spec.body, `${pascal(name)}Request`);
  }
  return { answers, bodies };
}

/** Every schema of the document: answers as the service sends them, bodies as it accepts them. */
function componentSchemas(ids: ComponentIds): Record<string, JsonSchema> {
  const options = { uri: (id: string) => `#/components/schemas/${id}`, unrepresentable: 'any' } as const;
  const registryOf = (named: Map<z.ZodType, string>) => {
    const registry = z.registry<{ id: string }>();
    for (const [schema, id] of named) registry.add(schema, { id });
    return registry;
  };
  const out = z.toJSONSchema(registryOf(ids.answers), { ...options, io: 'output' }).schemas;
  const into = z.toJSONSchema(registryOf(ids.bodies), { ...options, io: 'input' }).schemas;
  const all: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries({ ...out, ...into })) all[id] = withoutMeta(schema as JsonSchema);
  return Object.fromEntries(Object.entries(all).sort(([a], [b]) => a.localeCompare(b)));
}

function idOf(named: Map<z.ZodType, string>, schema: z.ZodType): string {
  const id = named.get(schema);
  if (id === undefined) throw new Error('a schema without a component id');
  return id;
}

const MB = 1024 * 1024;
/** The body limits of 413, as both the error table and the reference's prose say them. */
const bodyLimits = `JSON ${JSON_BODY_LIMIT_BYTES / MB} MB; an upload its largest attachment limit, ${UPLOAD_BODY_LIMIT_BYTES / MB} MB`;

const errorDescriptions: Record<(typeof errorStatuses)[number], string> = {
  400: 'The request is malformed: not JSON, a missing or invalid Idempotency-Key, an unknown upload purpose.',
  401: 'No session, or it expired (UNAUTHENTICATED); a wrong password or PIN at login.',
  403: "The account may not use this function: another role, FR2–FR4's gate, an agency outside its scope.",
  404: 'No such record for this enterprise (another enterprise’s record is not found either).',
  409: 'CONFLICT: the record changed since the version sent; ILLEGAL_STATE: the state table refuses it.',
  413: `PAYLOAD_TOO_LARGE: the body is over the limit (${bodyLimits}), said before it is read.`,
  415: 'UNSUPPORTED_MEDIA_TYPE: a JSON body sent without Content-Type: application/json.',
  422: 'VALIDATION, with fieldErrors by path; IDEMPOTENCY_MISMATCH: the key was used for another request.',
  423: 'ACCOUNT_LOCKED or CARD_LOCKED after five wrong passwords or PINs.',
  507: 'STORAGE_FULL: the write was refused for lack of space; nothing changed.',
};

function codesOf(status: number): ErrorCode[] {
  return (Object.keys(errorStatusOf) as ErrorCode[]).filter((code) => errorStatusOf[code] === status);
}

function operation(name: string, spec: Endpoint, ids: ComponentIds): JsonSchema {
  const parameters: JsonSchema[] = [];
  for (const [, param = ''] of spec.path.matchAll(/:([A-Za-z]+)/g)) {
    const field = spec.params?.shape[param] as z.ZodType | undefined;
    const schema = field
      ? withoutMeta(z.toJSONSchema(field, { unrepresentable: 'any' }))
      : { type: 'string' };
    parameters.push({ name: param, in: 'path', required: true, schema });
  }
  if (spec.query)
    for (const [key, field] of Object.entries(spec.query.shape))
      parameters.push({
        name: key,
        in: 'query',
        // Required when leaving it out is refused (the filters fall back to a default instead).
        required: !(field as z.ZodType).safeParse(undefined).success,
        // The values the service takes (a query arrives as text and is read into them).
        schema: withoutMeta(z.toJSONSchema(field as z.ZodType, { io: 'output', unrepresentable: 'any' })),
      });
  if (spec.idempotent)
    parameters.push({
      name: IDEMPOTENCY_HEADER,
      in: 'header',
      required: true,
      description: 'One per submit intent; a repeat with the same key gets the first answer.',
      schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,100}$' },
    });
  if (spec.body === 'bytes')
    parameters.push({
      name: FILE_NAME_HEADER,
      in: 'header',
      required: true,
      description: 'The original file name, URI-encoded.',
      schema: { type: 'string' },
    });
  const body =
    spec.body === undefined
      ? undefined
      : spec.body === 'bytes'
        ? {
            required: true,
            'x-max-bytes': UPLOAD_BODY_LIMIT_BYTES,
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          }
        : {
            required: true,
            // Over it the answer is 413, said before the body is read.
            'x-max-bytes': JSON_BODY_LIMIT_BYTES,
            content: {
              'application/json': { schema: ref(idOf(ids.bodies, spec.body)) },
            },
          };
  const answer =
    spec.response === 'bytes'
      ? { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } }
      : { 'application/json': { schema: ref(idOf(ids.answers, spec.response)) } };
  const responses: Record<string, unknown> = { [spec.status]: { description: 'OK', content: answer } };
  // What any body may get at the HTTP layer, before the endpoint reads it: too large, or not JSON.
  const transport = spec.body === undefined ? [] : spec.body === 'bytes' ? [413] : [413, 415];
  for (const status of [...spec.errors, ...transport])
    responses[status] = { $ref: `#/components/responses/Error${status}` };
  responses['500'] = { $ref: '#/components/responses/Error500' };
  return {
    operationId: name,
    summary: spec.summary,
    tags: [spec.tag],
    'x-access': spec.access,
    ...(spec.fallsBack ? { 'x-falls-back': true } : {}),
    // The functions the gate checks first, and whether all of them wait for an approved filing
    // (FR2): the conformance suite sends each such operation as an enterprise not yet filed.
    ...(spec.gate
      ? { 'x-gate': spec.gate, 'x-needs-approved-filing': spec.gate.every(needsApprovedFiling) }
      : {}),
    security: spec.access === 'public' ? [] : [{ session: [] }],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(body ? { requestBody: body } : {}),
    responses,
  };
}

export function openApiDocument(): JsonSchema {
  const list = Object.entries(endpoints) as Array<[string, Endpoint]>;
  const ids = componentIds(list);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, spec] of list) {
    const path = openApiPath(spec.path);
    paths[path] = { ...paths[path], [spec.method.toLowerCase()]: operation(name, spec, ids) };
  }
  const errorResponses: Record<string, unknown> = {};
  for (const status of [...errorStatuses, 500] as const) {
    const codes = codesOf(status);
    errorResponses[`Error${status}`] = {
      description:
        status === 500 ? 'SERVER_ERROR' : `${errorDescriptions[status]} Codes: ${codes.join(', ')}.`,
      content: { 'application/json': { schema: ref('ApiError') } },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '原产地综合服务平台 · 企业端 — customs API',
      version: '1',
      description:
        'What the Origin Portal app asks of the customs service. Generated from src/contract; do not edit by hand (npm run openapi). ' +
        `Every write of a versioned record sends the version it started from ("version", 0 for none); a stale one is 409 CONFLICT. ` +
        `Error bodies are ApiError, messages in Chinese, shown to users as they are. ` +
        `The change feed names these resources: ${resources.join(', ')}. Application types: ${applicationTypes.join(', ')}.`,
    },
    servers: [{ url: API_BASE }],
    tags: Object.entries(tags).map(([tagName, description]) => ({ name: tagName, description })),
    paths,
    components: {
      securitySchemes: {
        session: {
          type: 'http',
          scheme: 'bearer',
          description: 'The token of a login answer (session.token).',
        },
      },
      responses: errorResponses,
      schemas: componentSchemas(ids),
    },
  };
}

/** The API reference for people: every endpoint by group, with who may call it and what it may answer. */
export function apiReferenceMarkdown(): string {
  const list = Object.entries(endpoints) as Array<[string, Endpoint]>;
  const lines = [
    '# Customs API reference',
    '',
    'Generated from `src/contract/endpoints.ts` by `npm run openapi` (do not edit by hand); the machine-readable',
    'document is [`openapi.json`](openapi.json) (OpenAPI 3.1). All paths are under `' + API_BASE + '`.',
    '',
    `${list.length} endpoints. Writes marked **idempotent** carry \`${IDEMPOTENCY_HEADER}\`; a repeat with the same key gets`,
    'the first answer, the same key with another request is 422 `IDEMPOTENCY_MISMATCH`. Signed-in calls send',
    '`Authorization: Bearer <session.token>`. Versioned writes send the `version` they started from (0 for none).',
    'Every error body is `{ code, message, fieldErrors? }`, its message in Chinese; any endpoint may answer 500.',
    '',
    `At the HTTP layer, before an endpoint reads its request: a body over the limit is 413 (${bodyLimits}),`,
    "said before the body is read (each body's limit is its `x-max-bytes`); a JSON",
    'body without `Content-Type: application/json` is 415; an address whose percent-encoding cannot be decoded is',
    '400; an unknown path, inside `/api` or not, is 404 — all in the same error shape. The simulator served by Node',
    'answers `/api/demo/*` only when started with `--demo`.',
    '',
    '**The gate.** An enterprise endpoint names in brackets the functions it serves (`x-gate`); before reading',
    'anything else it answers 403 `FORBIDDEN` when none of them is open to the caller: until customs approves',
    "the enterprise's filing only 企业备案, 受理情况查询 and 资料下载 are (`x-needs-approved-filing`), while a",
    'filing change is under review 产品预审 is closed, 产品预审 is for 生产型企业 only, and an agency acting for',
    'an enterprise may use only the functions that enterprise authorised it for. An agency acting for an',
    'enterprise whose authorisation has lapsed (revoked, or out of its period) is refused (403) everywhere but',
    'the session endpoints (`x-falls-back`): they answer it as the agency itself and switch its session back.',
    '',
    '**Order.** An endpoint admits its caller (401, 403) before it reads the request: a path parameter it',
    "does not take is 404, a query value 400, a body 422 — each checked against the endpoint's own schema.",
    '',
    '**Idempotency keys.** A key is scoped to the signed-in account (the same key from another account is',
    'another key) and bound to its request: method, path, query and a SHA-256 of the body (an upload: and',
    'its file name). A backend keeps a key at least 24 hours; the simulator keeps it as long as its data',
    '(until a reset). Only a write that was carried out stores its answer under the key: a request refused',
    `with 4xx or 507 stores nothing, so the corrected request may be sent with the same key and is carried`,
    'out (it is not answered with the refusal, nor with `IDEMPOTENCY_MISMATCH`).',
    '',
    '**Versions.** Every record carries `version`, 1 when it is created and one more at each write. A write',
    'of an existing record sends the version it was read at; another is 409 `CONFLICT` and changes nothing.',
    'A create has no record to be stale: it sends `version: 0`, which the service does not check, and',
    'answers the new record at version 1.',
    '',
    `**Lists.** Every list reads \`page\` (1 or more), \`pageSize\` (one of ${LIST_PAGE_SIZES.join(', ')}) and its`,
    'own filters and sort as the document lists them. Leaving a parameter out, or sending it empty, takes',
    'its default; a parameter the list knows, with a value it does not take (a page size not offered, an',
    'unknown status, a date that does not exist) is 400 `BAD_REQUEST` naming it in `fieldErrors`;',
    'parameters the list does not know are ignored.',
    '',
    '**Change feed.** The app refetches what changed when the service announces it. That feed is the',
    "simulator's (a `BroadcastChannel` between the browser's tabs); it is not part of this HTTP API, and a",
    'backend without it is used by refetching when a page is shown and after each write.',
    '',
    '| Status | Codes |',
    '| --- | --- |',
    ...[...errorStatuses, 500].map((status) => `| ${status} | ${codesOf(status).join(', ')} |`),
    '',
  ];
  for (const [tag, description] of Object.entries(tags)) {
    lines.push(
      `## ${description}`,
      '',
      '| | Path | Who | Answer | May fail with | What it does |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const [, spec] of list.filter(([, s]) => s.tag === tag))
      lines.push(
        `| ${spec.method} | \`${spec.path}\` | ${spec.access}${spec.gate ? ` (${spec.gate.join(' or ')})` : ''}${spec.idempotent ? ', idempotent' : ''} | ${spec.status} | ${spec.errors.join(', ')} | ${spec.summary} |`,
      );
    lines.push('');
  }
  return lines.join('\n');
}
