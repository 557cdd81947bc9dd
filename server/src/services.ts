// Plain factory of the use-case services (no DI container): `type Services = ReturnType<…>`.
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { CatalogueReader } from './modules/catalogue/index';
import { createGuideService } from './modules/guides/index';
import { createHallService } from './modules/halls/index';
import { createIdentity, type IdentityConfig, type IdentityOverrides } from './modules/identity/index';
import { createAppointments } from './modules/appointments/index';

export type Services = ReturnType<typeof createServices>;

export function createServices(
  config: Pick<Config, 'catalogueCheckMs' | 'noShow'> & IdentityConfig, dataSource: DataSource, overrides: IdentityOverrides = {},
) {
  const catalogue = new CatalogueReader(dataSource, config.catalogueCheckMs);
  const identity = createIdentity(config, dataSource, catalogue, overrides);
  return {
    dataSource,
    catalogue,
    identity,
    appointments: createAppointments({ dataSource, catalogue, identity, ticketSecret: config.jwt.secret, noShow: config.noShow }),
    guides: createGuideService({ dataSource, catalogue }),
    halls: createHallService({ catalogue }),
  };
}
