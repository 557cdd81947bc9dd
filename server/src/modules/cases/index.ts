// Public interface of the cases capability (办件), and its wiring.
import type { WorkingCalendar } from '@bianmin/shared/calendar/working-days';
import type { Platform } from '../../platform/index';
import type { CatalogueReader } from '../catalogue/index';
import type { Identity } from '../identity/index';
import { createCaseService } from './case-service';
import { createDrafts } from './drafts';
import { createItemForms } from './item-form';
import { createResubmission } from './resubmit';
import { createSubmission } from './submit';
import { createRegistration } from './register';
import { createCertificates } from './handling/certificates';
import { createDocuments } from './handling/documents';
import { createHandling } from './handling/handling-service';

export { caseEntities } from './entities';
export { caseRoutes } from './routes';
export { handlingRoutes } from './handling/routes';
export type { CaseEvents } from './events';

export function createCases(deps: {
  platform: Platform;
  catalogue: CatalogueReader;
  identity: Identity;
  workingCalendar: () => Promise<WorkingCalendar>;
  districtCode: string;
  publicBaseUrl: string;
  handling: { pauseOnReviewCorrection: boolean; orangeDays: number };
}) {
  const { dataSource, tx, idempotency, clock, protector, limiter, audit, courier } = deps.platform;
  const certificates = createCertificates({ dataSource, protector, limiter, today: () => clock.today() });
  const d = {
    heldCertificates: (userId: string) => certificates.held(userId),
    dataSource,
    tx,
    idempotency,
    clock,
    protector,
    limiter,
    catalogue: deps.catalogue,
    itemForms: createItemForms(dataSource),
    residents: deps.identity.residents,
    workingCalendar: deps.workingCalendar,
    districtCode: deps.districtCode,
  };
  const cases = createCaseService(d);
  const handling = createHandling({ ...d, audit, certificates, cases, courier, ...deps.handling });
  return {
    handling,
    certificates,
    documents: createDocuments({ cases, certificates, protector, catalogue: deps.catalogue, publicBaseUrl: deps.publicBaseUrl }),
    cases,
    submission: createSubmission(d),
    registration: createRegistration(d),
    resubmission: createResubmission(d, (p, number) => cases.applicantsCase(p, number)),
    drafts: createDrafts(d),
    unsealQueryCode: (sealed: string) => protector.decrypt(sealed),
  };
}
export type CaseServices = ReturnType<typeof createCases>;
