// Every endpoint of the API, in the order of the docs: the server mounts these and the OpenAPI
// document is generated from them, so there is no second list to keep.
import type { Endpoint } from './http/endpoint';
import { healthEndpoints } from './common/health.endpoints';
import { guideEndpoints } from './guides/guide.endpoints';
import { hallEndpoints } from './halls/hall.endpoints';
import { identityEndpoints } from './identity/identity.endpoints';
import { appointmentEndpoints } from './appointments/appointment.endpoints';
import { uploadEndpoints } from './uploads/upload.endpoints';
import { caseEndpoints } from './cases/case.endpoints';
import { handlingEndpoints } from './cases/handling.endpoints';
import { messageEndpoints } from './notifications/message.endpoints';
import { receiptEndpoints, subscriptionEndpoints } from './notifications/subscription.endpoints';
import { deliveryAdminEndpoints } from './notifications/delivery-admin.endpoints';
import { queueEndpoints } from './queue/queue.endpoints';

export const ALL_ENDPOINTS: Endpoint[] = [
  ...Object.values(healthEndpoints),
  ...Object.values(guideEndpoints),
  ...Object.values(hallEndpoints),
  ...Object.values(identityEndpoints),
  ...Object.values(appointmentEndpoints),
  ...Object.values(uploadEndpoints),
  ...Object.values(caseEndpoints),
  ...Object.values(handlingEndpoints),
  ...Object.values(messageEndpoints),
  ...Object.values(subscriptionEndpoints),
  ...Object.values(receiptEndpoints),
  ...Object.values(deliveryAdminEndpoints),
  ...Object.values(queueEndpoints),
];
