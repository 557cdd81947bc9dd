// Routes are registered from the shared endpoint table: the table says the method, the path, who
// may call and the schema of every input part, so this is the one place that authorises (before
// any input is read: an unentitled caller learns nothing from validation errors), parses, and
// sends the answer with the endpoint's status. Handlers get parsed input and return the body.
// Paths are found in a radix tree (find-my-way): one walk down the path's segments, not a regular
// expression per endpoint per request as koa-router did (8 µs a request with 114 endpoints, and
// growing with every capability).
import type { Context, Next } from 'koa';
import FindMyWay from 'find-my-way';
import {
  ALL_ENDPOINTS,
  type Endpoint,
  headerName,
  type InputPart,
  INPUT_PARTS,
  type Method,
  type ResponseOf,
  type Route,
  type ServerInput,
  successStatus,
} from '@bianmin/shared';
import { AppError, NotFoundError, ValidationError } from '../errors';
import {
  type Caller,
  callerOf,
  hasRole,
  isStaffRoleSet,
  principalOf,
  type Principal,
  refusedCaller,
  requestMeta,
  signedInOrNull,
} from '../modules/identity/index';
import { parseInput, singleValues, validationError } from './validate';

/** An answer whose status the handler chooses (an idempotent replay keeps the first answer's). */
export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

export interface Call<R extends Route> {
  input: ServerInput<R>;
  /** The signed-in caller; throws 401 on a public route called without a valid token. */
  readonly principal: Principal;
  /** The caller if signed in (public routes). */
  readonly signedIn: Principal | null;
  ip: string | null;
  /** Koa's context, for what only a route does: response headers, file downloads. */
  ctx: Context;
}

type Handler<R extends Route> = (call: Call<R>) => Promise<ResponseOf<R> | Reply | Buffer>;

/** What a handler mounted for a caller gets: the caller by its token, its session checked along its first read. */
export interface CallerCall<R extends Route> {
  input: ServerInput<R>;
  caller: Caller;
  ip: string | null;
  ctx: Context;
}
type CallerHandler<R extends Route> = (call: CallerCall<R>) => Promise<ResponseOf<R> | Reply>;

export interface ApiRouterOptions {
  /** Check every JSON answer against the endpoint's response schema (development and tests). */
  validateResponses: boolean;
}

const hidden = () => new NotFoundError('请求的内容不存在');

async function authorize(ctx: Context, access: Route['access']): Promise<Principal | null> {
  if (access === 'public') return signedInOrNull(ctx);
  const p = await principalOf(ctx);
  if (access === 'staff' && !isStaffRoleSet(p.roles)) throw hidden();
  if (access === 'admin' && !hasRole(p, 'admin')) throw hidden();
  return p;
}

/** The header names a headers schema declares (lower case, as Node gives them). */
function declaredHeaders(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  if (!shape) throw new Error('a headers schema must be an object schema');
  return Object.keys(shape);
}

/** Only the headers the endpoint declares are checked and parsed: a browser sends a dozen others. */
function declaredHeaderValues(ctx: Context, names: string[]): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const name of names) {
    const value = ctx.headers[name];
    if (value !== undefined) values[name] = value;
  }
  return values;
}

function rawPart(ctx: Context, part: InputPart, headers: string[]): unknown {
  switch (part) {
    case 'params':
      return ctx.params;
    case 'query':
      return singleValues(ctx.query);
    case 'body':
      return (ctx.request as { body?: unknown }).body ?? {};
    case 'headers':
      return declaredHeaderValues(ctx, headers);
  }
}

/** Every part parsed, and every problem of every part reported at once (one correction round, not four). */
function parseParts(ctx: Context, e: Endpoint, headers: string[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const problems: Record<string, string[]> = {};
  for (const part of INPUT_PARTS) {
    const schema = e.schemas[part];
    if (!schema) continue;
    try {
      input[part] = parseInput(schema, rawPart(ctx, part, headers));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      // Header fields are named as they are written on the wire: Idempotency-Key.
      for (const [field, messages] of Object.entries(err.fieldErrors ?? {}))
        problems[part === 'headers' ? headerName(field) : field] = messages;
    }
  }
  if (Object.keys(problems).length) throw validationError(problems);
  return input;
}

/** What the tree keeps for a path and method: the template (for logs and metrics) and the endpoint's handler. */
interface Mounted {
  template: string;
  run: (ctx: Context) => Promise<void>;
}

const METHODS: Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
export const methodNotAllowed = () => new AppError('METHOD_NOT_ALLOWED', 405, '不支持该请求方法');

export function createApiRouter(opts: ApiRouterOptions) {
  // Trailing slashes are ignored, as koa-router did; paths are matched case-sensitively.
  const tree = FindMyWay({ ignoreTrailingSlash: true });
  const mounted = new Set<Endpoint>();
  const unused = () => undefined; // find-my-way's own dispatch is not used: `find` gives the store

  function send(ctx: Context, e: Endpoint, result: unknown) {
    if (result instanceof Reply) {
      ctx.status = result.status;
      ctx.body = result.body;
      return;
    }
    const response = e.schemas.response;
    if (response === 'empty') {
      ctx.status = 204;
      return;
    }
    if (response !== 'docx' && response !== 'file' && opts.validateResponses) {
      const checked = response.safeParse(result);
      // A server bug, not the caller's: the contract in shared/ and the use case disagree.
      if (!checked.success)
        throw new Error(
          `response of ${e.route.method} ${e.route.path} breaks its schema: ${JSON.stringify(checked.error.issues.slice(0, 3))}`,
        );
    }
    ctx.status = successStatus(e);
    ctx.body = result;
  }

  const declared = (e: Endpoint) => (e.schemas.headers ? declaredHeaders(e.schemas.headers) : []);
  function register(e: Endpoint, run: Mounted['run']): void {
    if (mounted.has(e)) throw new Error(`${e.route.method} ${e.route.path} mounted twice`);
    mounted.add(e);
    // A GET also answers HEAD (Koa leaves the body out).
    tree.on(e.route.method === 'GET' ? ['GET', 'HEAD'] : e.route.method, e.route.path, unused, {
      template: e.route.path,
      run,
    } satisfies Mounted);
  }

  /** The methods `path` answers, for a 405 and for OPTIONS. */
  const allowed = (path: string): string[] => METHODS.filter((m) => tree.find(m, path) !== null);

  return {
    mount<R extends Route>(e: Endpoint<R>, handler: Handler<R>): void {
      const headers = declared(e);
      register(e, async (ctx) => {
        const signedIn = await authorize(ctx, e.route.access);
        const input = parseParts(ctx, e, headers) as ServerInput<R>;
        const call: Call<R> = {
          input,
          signedIn,
          ip: requestMeta(ctx).ip,
          ctx,
          get principal() {
            return signedIn ?? refusedCaller(ctx);
          },
        };
        send(ctx, e, await handler(call));
      });
    },
    /**
     * A signed-in route that needs only who is calling, not their roles: the session is checked
     * along the handler's first read (`caller.session`, identity's session-probe.ts) instead of by a
     * statement of its own. Whatever the handler answers or throws, the probe is settled first: an
     * ended session gets 401, never the answer, nor a validation error about its input.
     */
    mountForCaller<R extends Route>(e: Endpoint<R>, handler: CallerHandler<R>): void {
      if (e.route.access !== 'signed-in')
        throw new Error(`${e.route.method} ${e.route.path}: only a signed-in route is mounted for a caller`);
      const headers = declared(e);
      register(e, async (ctx) => {
        const caller = callerOf(ctx);
        let result: ResponseOf<R> | Reply;
        try {
          const input = parseParts(ctx, e, headers) as ServerInput<R>;
          result = await handler({ input, caller, ip: requestMeta(ctx).ip, ctx });
        } catch (err) {
          await caller.session.settle();
          throw err;
        }
        await caller.session.settle();
        send(ctx, e, result);
      });
    },
    /**
     * The middleware: the endpoint for the path and method, else 405 when the path exists for
     * another method (OPTIONS lists them in Allow), else on to what follows.
     */
    routes() {
      tree.compile();
      return async (ctx: Context, next: Next): Promise<void> => {
        const found = tree.find(ctx.method as Method, ctx.path);
        if (found) {
          const { template, run } = found.store as Mounted;
          ctx.params = found.params;
          ctx.state.route = template;
          await run(ctx);
          return;
        }
        const methods = allowed(ctx.path);
        if (!methods.length) {
          await next();
          return;
        }
        if (ctx.method !== 'OPTIONS') throw methodNotAllowed();
        ctx.set('Allow', [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].join(', '));
        ctx.status = 200;
        ctx.body = '';
      };
    },
    /** Endpoints of the shared table that no capability mounted: the app refuses to start with any. */
    unmounted: (): Endpoint[] => ALL_ENDPOINTS.filter((e) => !mounted.has(e)),
  };
}
export type ApiRouter = ReturnType<typeof createApiRouter>;
