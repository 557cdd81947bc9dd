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
