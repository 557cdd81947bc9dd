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

export { caseEntities } from './entities';
export { caseRoutes } from './routes';
export type { CaseEvents } from './events';

export function createCases(deps: {
  platform: Platform;
  catalogue: CatalogueReader;
  identity: Identity;
  workingCalendar: () => Promise<WorkingCalendar>;
  districtCode: string;
}) {
  const { dataSource, tx, idempotency, clock, protector, limiter } = deps.platform;
  const d = {
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
  return {
    cases,
    submission: createSubmission(d),
    resubmission: createResubmission(d, (p, number) => cases.applicantsCase(p, number)),
    drafts: createDrafts(d),
    unsealQueryCode: (sealed: string) => protector.decrypt(sealed),
  };
}
export type CaseServices = ReturnType<typeof createCases>;
