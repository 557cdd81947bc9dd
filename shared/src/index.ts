// Public surface of @bianmin/shared. Import deep paths (`@bianmin/shared/guides/guide.schema`) in
// the mini-app so a page bundles only what it uses; this index is for the server and scripts.
export * from './zod';
export * from './common/error.schema';
export * from './common/pagination.schema';
export * from './common/health.schema';
export * from './catalogue/vocabulary';
export * from './catalogue/catalogue.schema';
export * from './guides/guide.schema';
export * from './halls/hall.schema';
export * from './identity/national-id';
export * from './identity/mask';
export * from './identity/auth.schema';
export * from './appointments/appointment.schema';
export * from './identity/credit-code';
export * from './identity/form-rules';
export * from './calendar/iso-date';
// The endpoint table: routes (zod-free, for the mini-app), endpoints (routes + schemas + docs), OpenAPI.
export * from './http/route';
export * from './http/endpoint';
export * from './http/openapi';
export * from './common/health.routes';
export * from './guides/guide.routes';
export * from './halls/hall.routes';
export * from './identity/identity.routes';
export * from './appointments/appointment.routes';
export * from './common/health.endpoints';
export * from './guides/guide.endpoints';
export * from './halls/hall.endpoints';
export * from './identity/identity.endpoints';
export * from './appointments/appointment.endpoints';
export * from './endpoints';
export * from './cases/case-status';
export * from './cases/deadlines';
