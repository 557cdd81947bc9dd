// Plain factory of the use-case services (no DI container): `type Services = ReturnType<…>`. The
// platform is built first; every capability takes what it needs from it.
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { CatalogueReader } from './modules/catalogue/index';
import { createGuideService } from './modules/guides/index';
import { createHallService } from './modules/halls/index';
import { createIdentity, type IdentityConfig, type IdentityOverrides } from './modules/identity/index';
import { createAppointments } from './modules/appointments/index';
import { createPlatform, type PlatformConfig, type PlatformOverrides } from './platform/index';

export type Services = ReturnType<typeof createServices>;
export type ServiceOverrides = PlatformOverrides & IdentityOverrides;

export function createServices(
  config: Pick<Config, 'catalogueCheckMs' | 'noShow'> & IdentityConfig & PlatformConfig,
  dataSource: DataSource,
  overrides: ServiceOverrides = {},
) {
  const platform = createPlatform(config, dataSource, overrides);
  const catalogue = new CatalogueReader(dataSource, config.catalogueCheckMs);
  const identity = createIdentity(config, platform, catalogue, overrides);
  return {
    dataSource,
    platform,
    catalogue,
    identity,
    appointments: createAppointments({ platform, catalogue, identity, ticketSecret: config.jwt.secret, noShow: config.noShow }),
    guides: createGuideService({ dataSource, catalogue }),
    halls: createHallService({ catalogue }),
  };
}
