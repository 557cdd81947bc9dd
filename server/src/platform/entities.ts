// Tables the platform owns: idempotency records, the domain-event outbox and the audit log.
import { EntitySchema } from 'typeorm';

export interface IdempotencyRow {
  userId: string;
  idemKey: string;
  /** Keyed HMAC of the operation and request (requests can carry phone numbers). */
  requestHash: string;
  status: number;
  body: string | null;
  createdAt: Date;
}

export interface DomainEventRow {
  id: number;
  type: string;
  /** What the event is about (`appointment`, `case`) and which one. */
  aggregateType: string;
  aggregateId: string;
  /** The account the event concerns (its notifications go there), if one. */
  userId: string | null;
  payload: Record<string, unknown>;
  /** Deterministic per logical event: a retried write or a second delivery can be recognised. */
  dedupeKey: string;
  createdAt: Date;
  processedAt: Date | null;
  /** The worker holding the event, and until when (a crashed worker's lease runs out). */
  claimedBy: string | null;
  claimedUntil: Date | null;
}

export interface AuditRow {
  id: number;
  at: Date;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  ip: string | null;
  detail: Record<string, unknown> | null;
}

/** One chunk of a file in the database file store (file-store/database-store.ts). */
export interface StoredFileChunkRow {
  storageKey: string;
  seq: number;
  data: Buffer;
}

const id36 = { type: 'varchar', length: 36 } as const;
const serial = { type: 'integer', primary: true, generated: 'increment' } as const;

export const StoredFileChunkEntity = new EntitySchema<StoredFileChunkRow>({
  name: 'StoredFileChunk',
  tableName: 'stored_file_chunk',
  columns: {
    storageKey: { name: 'storage_key', type: 'varchar', length: 80, primary: true },
    seq: { type: 'int', primary: true },
    // 'blob' maps to SQLite's BLOB and MySQL's BLOB type name; the migration makes it MEDIUMBLOB on MySQL.
    data: { type: 'blob' },
  },
});

export const IdempotencyEntity = new EntitySchema<IdempotencyRow>({
  name: 'IdempotencyRecord',
  tableName: 'idempotency_record',
  columns: {
    userId: { ...id36, name: 'user_id', primary: true },
    idemKey: { name: 'idem_key', type: 'varchar', length: 64, primary: true },
    requestHash: { name: 'request_hash', type: 'varchar', length: 64 },
    status: { type: 'int' },
    body: { type: 'text', nullable: true },
    createdAt: { name: 'created_at', type: 'datetime' },
  },
});

export const DomainEventEntity = new EntitySchema<DomainEventRow>({
  name: 'DomainEvent',
  tableName: 'domain_event',
  columns: {
    id: serial,
    type: { type: 'varchar', length: 40 },
    aggregateType: { name: 'aggregate_type', type: 'varchar', length: 30 },
    aggregateId: { ...id36, name: 'aggregate_id' },
    userId: { ...id36, name: 'user_id', nullable: true },
    payload: { type: 'simple-json' },
    dedupeKey: { name: 'dedupe_key', type: 'varchar', length: 120 },
    createdAt: { name: 'created_at', type: 'datetime' },
    processedAt: { name: 'processed_at', type: 'datetime', nullable: true },
    claimedBy: { name: 'claimed_by', type: 'varchar', length: 40, nullable: true },
    claimedUntil: { name: 'claimed_until', type: 'datetime', nullable: true },
  },
});

export const AuditEntity = new EntitySchema<AuditRow>({
  name: 'AuditLog',
  tableName: 'audit_log',
  columns: {
    id: serial,
    at: { type: 'datetime' },
    actorId: { ...id36, name: 'actor_id', nullable: true },
    action: { type: 'varchar', length: 40 },
    targetType: { name: 'target_type', type: 'varchar', length: 20, nullable: true },
    targetId: { name: 'target_id', type: 'varchar', length: 80, nullable: true },
    outcome: { type: 'varchar', length: 10 },
    ip: { type: 'varchar', length: 45, nullable: true },
    detail: { type: 'simple-json', nullable: true },
  },
});

export const platformEntities = [IdempotencyEntity, DomainEventEntity, AuditEntity, StoredFileChunkEntity];
