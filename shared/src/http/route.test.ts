// What the route types give a caller and a handler (checked by `tsc`; the assertions are no-ops at run time).
import { describe, expectTypeOf, it } from 'vitest';
import type { ClientInput, NoKeys, ResponseOf, ServerInput } from './route';
import { endpoint } from './endpoint';
import { appointmentRoutes } from '../appointments/appointment.routes';
import { guideRoutes } from '../guides/guide.routes';
import { identityRoutes } from '../identity/identity.routes';
import { GuideCodeParam, GuideDetail, type GuideSearchResult } from '../guides/guide.schema';
import { HallIdParam } from '../halls/hall.schema';

describe('route types', () => {
  it('let a caller leave out filters and defaults, and pass coerced values as what they become', () => {
    type Search = ClientInput<typeof guideRoutes.search>;
    expectTypeOf<NoKeys>().toExtend<Search>();
    expectTypeOf<NonNullable<Search['query']>['page']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<NonNullable<Search['query']>['q']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ClientInput<typeof guideRoutes.detail>>().toEqualTypeOf<{ params: { code: string } }>();
    expectTypeOf<ClientInput<typeof guideRoutes.formDownload>>().toEqualTypeOf<{
      params: { code: string; materialId: number; variant: 'blank' | 'sample' };
    }>();
    expectTypeOf<ClientInput<typeof appointmentRoutes.book>>().toEqualTypeOf<{
      body: { slotId: number; itemCode: string; contactPhone: string };
      headers: { 'idempotency-key': string };
    }>();
    expectTypeOf<ClientInput<typeof appointmentRoutes.mine>>().toEqualTypeOf<{ query?: { when?: 'upcoming' | 'past' } }>();
    // eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- a route without input takes `{}`: the point of the check
    expectTypeOf<keyof ClientInput<typeof identityRoutes.me>>().toBeNever();
  });

  it('give a handler parsed values and a caller the response', () => {
    expectTypeOf<ServerInput<typeof appointmentRoutes.mine>>().toEqualTypeOf<{ query: { when: 'upcoming' | 'past' } }>();
    expectTypeOf<ServerInput<typeof guideRoutes.search>['query']['page']>().toEqualTypeOf<number>();
    expectTypeOf<ResponseOf<typeof guideRoutes.search>>().toEqualTypeOf<GuideSearchResult>();
    expectTypeOf<ResponseOf<typeof identityRoutes.logout>>().toBeVoid();
    expectTypeOf<ResponseOf<typeof guideRoutes.formDownload>>().toEqualTypeOf<ArrayBuffer>();
  });

  it('refuse schemas that are not the ones the route declares', () => {
    const spec = { summary: '', tag: '', errors: [] };
    endpoint(guideRoutes.detail, { ...spec, schemas: { params: GuideCodeParam, response: GuideDetail } });
    // @ts-expect-error a hall's params are not a guide's
    endpoint(guideRoutes.detail, { ...spec, schemas: { params: HallIdParam, response: GuideDetail } });
    // @ts-expect-error the params are missing
    endpoint(guideRoutes.detail, { ...spec, schemas: { response: GuideDetail } });
  });
});
