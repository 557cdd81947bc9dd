// Delivery status routes for administrators and supervisors (under /staff: supervisors are not admins).
// Zod-free: schemas as types only.
// Access 'staff' lets the request in; the use case answers 404 to staff who are neither.
import type {
  Delivery,
  DeliveriesQuery,
  DeliveryFailures,
  DeliveryFailuresQuery,
  DeliveryIdParam,
  DeliveryList,
} from './delivery-admin.schema';
import { route } from '../http/route';

export const deliveryAdminRoutes = {
  list: route<{ query: typeof DeliveriesQuery; response: typeof DeliveryList }>('GET', '/api/v1/staff/notifications/deliveries', 'staff'),
  failures: route<{ query: typeof DeliveryFailuresQuery; response: typeof DeliveryFailures }>(
    'GET',
    '/api/v1/staff/notifications/failures',
    'staff',
  ),
  resend: route<{ params: typeof DeliveryIdParam; response: typeof Delivery }>(
    'POST',
    '/api/v1/staff/notifications/deliveries/:id/resend',
    'staff',
  ),
} as const;
