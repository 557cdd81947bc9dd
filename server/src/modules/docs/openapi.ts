// The OpenAPI document: generated from the shared endpoint table, the same one the routes are mounted from.
import { ALL_ENDPOINTS, buildOpenApiDocument as fromEndpoints } from '@bianmin/shared';

export function buildOpenApiDocument(appVersion: string) {
  return fromEndpoints(ALL_ENDPOINTS, appVersion);
}
