import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDataProtector } from './sealing';

const key = () => randomBytes(32).toString('base64');
const hashKey = key();

describe('DataProtector', () => {
  it('round-trips, and the sealed value reveals nothing of the ID number', () => {
    const p = createDataProtector({ encryptionKeys: `k1:${key()}`, hashKey });
    const sealed = p.encrypt('37021419900101123X');
    expect(sealed).not.toContain('370214');
    expect(p.decrypt(sealed)).toBe('37021419900101123X');
    expect(p.encrypt('37021419900101123X')).not.toBe(sealed); // fresh IV each time
  });

  it('detects tampering (authenticated encryption)', () => {
    const p = createDataProtector({ encryptionKeys: `k1:${key()}`, hashKey });
    const parts = p.encrypt('13812345678').split('.');
    parts[3] = Buffer.from('13899999999').toString('base64url');
    expect(() => p.decrypt(parts.join('.'))).toThrow();
  });

  it('rotates keys: new values use the first key, old values still decrypt and are flagged', () => {
    const oldKey = key();
    const before = createDataProtector({ encryptionKeys: `k1:${oldKey}`, hashKey });
    const sealed = before.encrypt('张三');
    const after = createDataProtector({ encryptionKeys: `k2:${key()},k1:${oldKey}`, hashKey });
    expect(after.decrypt(sealed)).toBe('张三');
    expect(after.needsRotation(sealed)).toBe(true);
    expect(after.needsRotation(after.encrypt('张三'))).toBe(false);
  });

  it('hashes deterministically with the key, for lookups', () => {
    const a = createDataProtector({ encryptionKeys: `k1:${key()}`, hashKey });
    const b = createDataProtector({ encryptionKeys: `k9:${key()}`, hashKey });
    const other = createDataProtector({ encryptionKeys: `k1:${key()}`, hashKey: key() });
    expect(a.lookupHash('x')).toBe(b.lookupHash('x'));
    expect(a.lookupHash('x')).not.toBe(other.lookupHash('x'));
  });

  it('refuses malformed keys', () => {
    expect(() => createDataProtector({ encryptionKeys: 'k1:short', hashKey })).toThrow(/32 bytes/);
  });
});
