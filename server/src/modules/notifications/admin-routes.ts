// Delivery status API (通知投递) for administrators and supervisors.
import { deliveryAdminEndpoints as e } from '@bianmin/shared';
import type { ApiRouter } from '../../http/api-router';
import type { DeliveryAdmin } from './admin-service';

export function deliveryAdminRoutes(api: ApiRouter, admin: DeliveryAdmin): void {
  api.mount(e.list, ({ principal, input }) => admin.list(principal, input.query));
  api.mount(e.failures, ({ principal, input }) => admin.failures(principal, input.query));
  api.mount(e.resend, ({ principal, input, ip }) => admin.resend(principal, input.params.id, ip));
}
