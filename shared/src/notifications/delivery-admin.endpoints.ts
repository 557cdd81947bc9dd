// The delivery status routes bound to their schemas, with their documentation.
import { endpoints } from '../http/endpoint';
import { deliveryAdminRoutes } from './delivery-admin.routes';
import { Delivery, DeliveriesQuery, DeliveryFailures, DeliveryFailuresQuery, DeliveryIdParam, DeliveryList } from './delivery-admin.schema';

const T = '通知投递';

export const deliveryAdminEndpoints = endpoints(deliveryAdminRoutes, {
  list: {
    schemas: { query: DeliveriesQuery, response: DeliveryList },
    summary: '一个办件或预约的通知投递状态（管理员、督查）',
    tag: T,
    errors: [400, 401, 404],
  },
  failures: {
    schemas: { query: DeliveryFailuresQuery, response: DeliveryFailures },
    summary: '投递失败按渠道和代码分组（管理员、督查）',
    tag: T,
    errors: [400, 401, 404],
  },
  resend: {
    schemas: { params: DeliveryIdParam, response: Delivery },
    summary: '重新发送一条失败的投递（记入审计）',
    tag: T,
    errors: [400, 401, 404, 409],
  },
});
