// Notification rows: one per recipient and channel of an event, deduplicated by key.
import { EntitySchema } from 'typeorm';
import { DeliveryEntity } from './deliveries-entity';
import { subscriptionEntities } from './subscriptions-entities';

export interface NotificationRow {
  id: string;
  dedupeKey: string;
  eventId: number;
  userId: string;
  channel: 'inbox';
  template: string;
  title: string;
  body: string;
  linkKind: 'case' | 'appointment' | null;
  linkId: string | null;
  status: 'sent';
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
  readAt: Date | null;
}

export const NotificationEntity = new EntitySchema<NotificationRow>({
  name: 'Notification',
  tableName: 'notification',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    dedupeKey: { name: 'dedupe_key', type: 'varchar', length: 160 },
    eventId: { name: 'event_id', type: 'integer' },
    userId: { name: 'user_id', type: 'varchar', length: 36 },
    channel: { type: 'varchar', length: 12 },
    template: { type: 'varchar', length: 40 },
    title: { type: 'varchar', length: 40 },
    body: { type: 'varchar', length: 500 },
    linkKind: { name: 'link_kind', type: 'varchar', length: 12, nullable: true },
    linkId: { name: 'link_id', type: 'varchar', length: 40, nullable: true },
    status: { type: 'varchar', length: 12 },
    attempts: { type: 'int', default: 0 },
    createdAt: { name: 'created_at', type: 'datetime' },
    sentAt: { name: 'sent_at', type: 'datetime', nullable: true },
    readAt: { name: 'read_at', type: 'datetime', nullable: true },
  },
});

export const notificationEntities = [NotificationEntity, DeliveryEntity, ...subscriptionEntities];
