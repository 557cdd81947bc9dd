// An endpoint: a route bound to its schema values and its documentation. `schemas` must have the
// exact type the route declares, so a route and the schemas that parse its input cannot drift.
import type { Route, SchemasOf } from './route';

export type SuccessStatus = 200 | 201 | 204;

export interface EndpointSpec<R extends Route = Route> {
  schemas: SchemasOf<R>;
  /** Chinese, one line: what the endpoint does. */
  summary: string;
  /** Chinese: the section of the API docs. */
  tag: string;
  /** Error statuses it can answer (beyond 401 for a route that needs sign-in, which is implied). */
  errors: number[];
  /** 200 unless set; 204 for an 'empty' response. */
  status?: SuccessStatus;
  /** A multipart/form-data body (file uploads): the part's field name and what it carries; parsed by the handler after access is checked. */
  multipart?: { field: string; description: string };
}

export interface Endpoint<R extends Route = Route> extends EndpointSpec<R> {
  route: R;
}

export function endpoint<R extends Route>(route: R, spec: NoInfer<EndpointSpec<R>>): Endpoint<R> {
  return { route, ...spec };
}

/** Binds every route of a capability: a route left out, or a spec for no route, does not compile. */
export function endpoints<Rs extends Record<string, Route>>(
  routes: Rs,
  specs: NoInfer<{ [K in keyof Rs]: EndpointSpec<Rs[K]> }>,
): { [K in keyof Rs]: Endpoint<Rs[K]> } {
  const bound: Record<string, Endpoint> = {};
  for (const [name, r] of Object.entries(routes)) bound[name] = endpoint(r, specs[name as keyof Rs] as EndpointSpec);
  return bound as { [K in keyof Rs]: Endpoint<Rs[K]> };
}

/** The success status an endpoint answers with. */
export function successStatus(e: Endpoint): SuccessStatus {
  return e.status ?? (e.schemas.response === 'empty' ? 204 : 200);
}
