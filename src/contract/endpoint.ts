// The shape of one endpoint of the contract, and what follows from it (the error statuses an
// endpoint of its kind may give, the path with its parameters filled in).
import type { z } from 'zod';
import type { Capability } from '@/values/capabilities';
import type { FieldLabels } from './fieldTable';
import type { ErrorStatus } from './http';

export type Method = 'GET' | 'POST' | 'PUT';

/**
 * Who may call: anyone (login); any signed-in account; an enterprise (or an agency acting for
 * one within its scope) whose filing gives it the function; customs officers only.
 */
export type Access = 'public' | 'session' | 'enterprise' | 'customs';

export interface Endpoint {
  method: Method;
  /** Under API_BASE; `:name` segments are path parameters. */
  path: `/${string}`;
  /** One line for the API reference. */
  summary: string;
  /** The group it is listed under in the API reference. */
  tag: string;
  access: Access;
  /**
   * A session endpoint an agency acting for an enterprise may call after its authorisation lapsed
   * (revoked, or out of its period): it is answered as the agency itself, and its session switched
   * back, rather than refused (403), so that the app learns it and says so.
   */
  fallsBack?: true;
  /**
   * The functions (any one of them) the gate must open for the caller before anything else is
   * read (FR2–FR4, an agency's scope): e.g. 产品预审's endpoints need 'preReview'. Absent where
   * the function depends on the request (an upload's purpose, the application a withdraw ends).
   */
  gate?: readonly Capability[];
  /** A submit: carries an Idempotency-Key, and a repeat with the same key gets the first answer. */
  idempotent: boolean;
  /** Path parameters that take only some values (the others are any string). */
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** A JSON body, or the raw bytes of an upload. */
  body?: z.ZodType | 'bytes';
  /** The labels a refused body's message names its fields by (a form's field table). */
  labels?: FieldLabels;
  /** The JSON answer, or the raw bytes of a download. */
  response: z.ZodType | 'bytes';
  /** The status of a successful answer. */
  status: 200 | 201;
  /** The 4xx statuses it may answer, besides 500 (and 507 for any write). */
  errors: readonly ErrorStatus[];
}

type Spec = Omit<Endpoint, 'idempotent' | 'status' | 'errors'> &
  Partial<Pick<Endpoint, 'idempotent' | 'status'>> & {
    /** Statuses besides those the spec implies (401 signed in, 400/422 a body, 404 a path id …). */
    alsoErrors?: readonly ErrorStatus[];
    /**
     * A submit that makes a new record: there is no version to be stale and no state to refuse it,
     * so no 409 (unless alsoErrors lists one it has, e.g. a duplicate).
     */
    creates?: boolean;
  };

/** Fills in what follows from the spec: the error statuses every endpoint of its kind may give. */
export function endpoint<const S extends Spec>(spec: S): Omit<S, 'alsoErrors' | 'creates'> & Endpoint {
  const { alsoErrors = [], creates = false, ...rest } = spec;
  const idempotent = spec.idempotent ?? false;
  const errors = new Set<ErrorStatus>(alsoErrors);
  // A malformed body, a missing key, a list parameter with a value the list does not take.
  if (spec.body !== undefined || idempotent || spec.query !== undefined) errors.add(400);
  if (spec.access !== 'public') errors.add(401);
  if (spec.access === 'enterprise' || spec.access === 'customs') errors.add(403);
  if (spec.path.includes('/:')) errors.add(404);
  if (spec.body !== undefined) errors.add(422);
  if (idempotent) {
    // A stale version, an illegal transition; the same key with another request (422).
    if (!creates) errors.add(409);
    errors.add(422);
    errors.add(507);
  }
  return {
    ...rest,
    idempotent,
    status: spec.status ?? 200,
    errors: [...errors].sort((a, b) => a - b),
  };
}

/** The request path of `endpoint` with its `:name` parameters filled in (URI-encoded). */
export function pathOf(spec: Pick<Endpoint, 'path'>, params: Readonly<Record<string, string>> = {}): string {
  return spec.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    if (!Object.hasOwn(params, name)) throw new Error(`${spec.path}: no value for :${name}`);
    return encodeURIComponent(params[name] as string);
  });
}

/** The `:name` segments of a path. */
type PathNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathNames<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

/** An endpoint's path parameters: each `:name` a string, or the value its `params` schema takes. */
export type ParamsOf<E extends Pick<Endpoint, 'path' | 'params'>> = Readonly<
  Record<PathNames<E['path']>, string> &
    (E['params'] extends z.ZodObject ? z.infer<E['params']> : Record<never, never>)
>;

/** What an endpoint's list query holds once read (every parameter, with its default). */
export type QueryOf<E extends Pick<Endpoint, 'query'>> = E['query'] extends z.ZodObject
  ? z.infer<E['query']>
  : undefined;

/** What an endpoint's JSON body holds once validated. */
export type BodyOf<E extends Pick<Endpoint, 'body'>> = E['body'] extends z.ZodType
  ? z.infer<E['body']>
  : undefined;
