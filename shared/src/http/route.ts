// A route of the API: method, path and who may call it, with the zod schemas of its input and
// response carried as TYPES only. The mini-app imports routes to type its calls without bundling
// zod; the server and the OpenAPI document bind the schema values to them (endpoint.ts).
import type { z } from 'zod/mini';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** Who may call: checked BEFORE input is parsed. 'signed-in' = any valid token; 'staff' = any staff role; 'admin' = admin role. */
export type Access = 'public' | 'signed-in' | 'staff' | 'admin';

type Schema = z.ZodMiniType;
/** The parts of a request a route reads, and what it answers: JSON, a Word file, or nothing (204). */
export interface RouteSchemas {
  params?: Schema;
  query?: Schema;
  body?: Schema;
  /** Keys are lower-case header names, as Node gives them. */
  headers?: Schema;
  response: Schema | 'docx' | 'file' | 'empty';
}
export type InputPart = 'params' | 'query' | 'body' | 'headers';
export const INPUT_PARTS: readonly InputPart[] = ['params', 'query', 'body', 'headers'];

export interface Route<S extends RouteSchemas = RouteSchemas> {
  readonly method: Method;
  /** Koa style: /api/v1/guides/:code */
  readonly path: string;
  readonly access: Access;
  /** Phantom: only its type is used, it is never set. */
  readonly __schemas?: S;
}

/** `route<{ query: typeof GuideSearchQuery; response: typeof GuideSearchResult }>('GET', '/api/v1/guides', 'public')` */
export function route<S extends RouteSchemas>(method: Method, path: string, access: Access): Route<S> {
  return { method, path, access };
}

export type SchemasOf<R extends Route> = NonNullable<R['__schemas']>;
type Simplify<T> = { [K in keyof T]: T[K] };
/** An object without keys: `NoKeys extends T` asks whether an empty object literal would do for T. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- exactly the type of `{}`, on purpose
export type NoKeys = {};
type PresentParts<S> = { [P in InputPart]: P extends keyof S ? (S[P] extends Schema ? P : never) : never }[InputPart];

/** What a server handler receives: the parsed (output) value of each part the route declares. */
export type ServerInput<R extends Route> = Simplify<{ [P in PresentParts<SchemasOf<R>>]: z.output<SchemasOf<R>[P] & Schema> }>;

// `z.coerce` accepts anything (its input type is `unknown`): a caller passes what it produces.
type CallerShape<I, O> = { [K in keyof I]: unknown extends I[K] ? (K extends keyof O ? O[K] : I[K]) : I[K] };
type CallerValue<S extends Schema> = Simplify<CallerShape<z.input<S>, z.output<S>>>;
type Parts<S> = { [P in PresentParts<S>]: CallerValue<S[P] & Schema> };
// A part whose keys are all optional (a query of filters) may be left out.
type OptionalWhenEmpty<T> = { [K in keyof T as NoKeys extends T[K] ? K : never]?: T[K] } & {
  [K in keyof T as NoKeys extends T[K] ? never : K]: T[K];
};

/** What a caller passes: the input of each declared part (keys with defaults optional). */
export type ClientInput<R extends Route> = Simplify<OptionalWhenEmpty<Parts<SchemasOf<R>>>>;

/** The response body: JSON as the server sends it, a file's bytes (Word form, uploaded image or PDF), or nothing. */
export type ResponseOf<R extends Route> = SchemasOf<R>['response'] extends infer T
  ? T extends 'docx' | 'file'
    ? ArrayBuffer
    : T extends 'empty'
      ? // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- a 204 has no body: the call resolves to nothing
        void
      : T extends Schema
        ? z.output<T>
        : never
  : never;

const PARAM = /:([A-Za-z][A-Za-z0-9_]*)/g;

/** The `:name` parameters of a path, in order. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(PARAM)].map((m) => m[1] ?? '');
}

export type PathValue = string | number | boolean | null | undefined;

/** The path with each `:name` replaced by its percent-encoded value; a missing value is a bug. */
export function fillPath(path: string, params: Record<string, PathValue> = {}): string {
  return path.replace(PARAM, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === '') throw new TypeError(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(String(value));
  });
}

/** 'idempotency-key' → 'Idempotency-Key': how a header is written on the wire and in the docs. */
export function headerName(key: string): string {
  return key.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}
