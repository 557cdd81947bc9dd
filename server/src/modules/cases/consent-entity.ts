// 社区代办 consent by SMS: one row per code sent. The code is kept only as a keyed hash, the phone
// only as a keyed hash (to bind the code to the case's contact phone) and its last four digits.
import { EntitySchema } from 'typeorm';

export interface AgentConsentCodeRow {
  id: string;
  agentUserId: string;
  phoneHash: string;
  phoneTail: string;
  codeHash: string;
  expiresAt: Date;
  attempts: number;
  usedAt: Date | null;
  createdAt: Date;
}

export const AgentConsentCodeEntity = new EntitySchema<AgentConsentCodeRow>({
  name: 'AgentConsentCode',
  tableName: 'agent_consent_code',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    agentUserId: { name: 'agent_user_id', type: 'varchar', length: 36 },
    phoneHash: { name: 'phone_hash', type: 'varchar', length: 64 },
    phoneTail: { name: 'phone_tail', type: 'varchar', length: 4 },
    codeHash: { name: 'code_hash', type: 'varchar', length: 64 },
    expiresAt: { name: 'expires_at', type: 'datetime' },
    attempts: { type: 'int' },
    usedAt: { name: 'used_at', type: 'datetime', nullable: true },
    createdAt: { name: 'created_at', type: 'datetime' },
  },
});
