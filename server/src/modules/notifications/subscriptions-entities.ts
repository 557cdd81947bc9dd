// WeChat subscription credits per resident and template, and the resident's SMS preference
// (migration 1764720000100-notification-subscriptions).
import { EntitySchema } from 'typeorm';

export interface SubscriptionRow {
  userId: string;
  templateId: string;
  /** One-time sends left: one per "accept" in the mini-app. */
  credits: number;
  /** The resident turned this template off (a WeChat change or popup event): nothing is sent with it. */
  rejected: boolean;
  updatedAt: Date;
}
export interface PreferenceRow {
  userId: string;
  smsOptOut: boolean;
  updatedAt: Date;
}

export const SubscriptionEntity = new EntitySchema<SubscriptionRow>({
  name: 'NotificationSubscription',
  tableName: 'notification_subscription',
  columns: {
    userId: { name: 'user_id', type: 'varchar', length: 36, primary: true },
    templateId: { name: 'template_id', type: 'varchar', length: 64, primary: true },
    credits: { type: 'int', default: 0 },
    rejected: { type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'datetime' },
  },
});

export const PreferenceEntity = new EntitySchema<PreferenceRow>({
  name: 'NotificationPreference',
  tableName: 'notification_preference',
  columns: {
    userId: { name: 'user_id', type: 'varchar', length: 36, primary: true },
    smsOptOut: { name: 'sms_opt_out', type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'datetime' },
  },
});

export const subscriptionEntities = [SubscriptionEntity, PreferenceEntity];
