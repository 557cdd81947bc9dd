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
import { createNotices } from './handling/notices';
import { createConsentCodes } from './consent-codes';
import { createHandling } from './handling/handling-service';
import { recordDeadlineAlerts } from './handling/deadline-alerts';

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
  /** 社区代办 consent codes go out by SMS (the platform's client) with this template (SMS_TEMPLATE_AGENT_CONSENT). */
  agentConsentSmsTemplate: string;
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
  const consentCodes = createConsentCodes({
    dataSource,
    tx,
    protector,
    limiter,
    clock,
    audit,
    sms: deps.platform.sms,
    templateCode: deps.agentConsentSmsTemplate,
  });
  return {
    handling,
    certificates,
    documents: createDocuments({ cases, certificates, protector, catalogue: deps.catalogue, publicBaseUrl: deps.publicBaseUrl }),
    cases,
    submission: createSubmission(d),
    registration: createRegistration(d, consentCodes),
    consentCodes,
    notices: createNotices({
      dataSource,
      cases,
      protector,
      clock,
      catalogue: deps.catalogue,
      workingCalendar: deps.workingCalendar,
      publicBaseUrl: deps.publicBaseUrl,
    }),
    resubmission: createResubmission(d, (p, number) => cases.applicantsCase(p, number)),
    drafts: createDrafts(d),
    unsealQueryCode: (sealed: string) => protector.decrypt(sealed),
    /** 超时警告 and 红牌 events for staff, once per case and deadline (a job). */
    recordDeadlineAlerts: async () =>
      recordDeadlineAlerts({
        dataSource,
        tx,
        clock,
        calendar: await deps.workingCalendar(),
        orangeDays: deps.handling.orangeDays,
        itemName: async (code) => (await deps.catalogue.current()).itemByCode.get(code)?.name ?? code,
      }),
  };
}
export type CaseServices = ReturnType<typeof createCases>;
