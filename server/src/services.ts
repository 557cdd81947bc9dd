// Plain factory of the use-case services (no DI container): `type Services = ReturnType<…>`. The
// platform is built first; every capability takes what it needs from it.
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { CatalogueReader } from './modules/catalogue/index';
import { createGuideService } from './modules/guides/index';
import { createHallService } from './modules/halls/index';
import { createIdentity, type IdentityConfig, type IdentityOverrides } from './modules/identity/index';
import { createAppointments } from './modules/appointments/index';
import { createCases } from './modules/cases/index';
import { createUploadService } from './modules/uploads/index';
import { createNotifications } from './modules/notifications/index';
import { createQueue } from './modules/queue/index';
import { createPlatform, type PlatformConfig, type PlatformOverrides } from './platform/index';

export type Services = ReturnType<typeof createServices>;
export type ServiceOverrides = PlatformOverrides & IdentityOverrides;

export function createServices(
  config: Pick<
    Config,
    | 'catalogueCheckMs'
    | 'noShow'
    | 'districtCode'
    | 'uploads'
    | 'publicBaseUrl'
    | 'caseHandling'
    | 'agentConsentSmsTemplate'
    | 'notifyRetryForMs'
    | 'wechatPushToken'
    | 'wechatPushAesKey'
  > &
    IdentityConfig &
    PlatformConfig,
  dataSource: DataSource,
  overrides: ServiceOverrides = {},
) {
  const platform = createPlatform(config, dataSource, overrides);
  const catalogue = new CatalogueReader(dataSource, config.catalogueCheckMs);
  const identity = createIdentity(config, platform, catalogue, overrides);
  const queue = createQueue({ platform, catalogue, identity });
  const appointments = createAppointments({
    platform,
    catalogue,
    identity,
    ticketSecret: config.jwt.secret,
    noShow: config.noShow,
    prepareCheckIn: queue.prepareCheckIn,
  });
  const cases = createCases({
    platform,
    catalogue,
    identity,
    workingCalendar: () => appointments.calendar.calendar(),
    districtCode: config.districtCode,
    publicBaseUrl: config.publicBaseUrl,
    handling: config.caseHandling,
    agentConsentSmsTemplate: config.agentConsentSmsTemplate,
  });
  const uploads = createUploadService({
    dataSource,
    tx: platform.tx,
    files: platform.files,
    protector: platform.protector,
    limiter: platform.limiter,
    limits: config.uploads,
    attachedVisibleTo: (p, id) => cases.cases.holdsVisibleUpload(p, id),
    attachedAs: (ids) => cases.cases.attachedAs(ids),
  });
  return {
    dataSource,
    platform,
    catalogue,
    identity,
    appointments,
    queue,
    cases,
    notifications: createNotifications({
      platform,
      catalogue,
      identity,
      retryForMs: config.notifyRetryForMs,
      push: {
        wechatToken: config.wechatPushToken,
        wechatAesKey: config.wechatPushAesKey,
        wechatAppId: config.wechat.appId,
        smsReceiptToken: config.sms.receiptToken,
      },
    }),
    uploads,
    uploadMaxBytes: config.uploads.maxBytes,
    guides: createGuideService({ dataSource, catalogue }),
    halls: createHallService({ catalogue }),
  };
}
