// Public interface of the catalogue capability.
export { catalogueEntities, MaterialEntity, ServiceItemEntity } from './entities';
export type { GuideBody, HallRow, MaterialRow, ServiceItemRow, DepartmentRow, LifeEventRow } from './entities';
export { importCatalogue, type ImportResult, type ImportProgress } from './import-catalogue';
export type { ImportFile, ImportProblem } from './validate-import';
export { CatalogueReader, CatalogueSnapshot, loadSnapshot, type ItemSummaryRow, type WindowWithScope } from './snapshot';
export { readCatalogueVersion } from './version';
