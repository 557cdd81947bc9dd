// Checking a name + ID number against the police identity database is pluggable. The fake answers
// from local rules so every path (match, mismatch, unavailable) can be exercised without the real one.

export type VerificationResult = 'match' | 'mismatch' | 'unavailable';
export interface IdentityVerifier {
  verify(name: string, idNumber: string): Promise<VerificationResult>;
}

/**
 * Fake rules: an ID number listed in `mismatches` (or any name starting with 测试不符) does not match;
 * listed in `unavailable`, the service is down; everything else matches.
 */
export function createFakeVerifier(rules: { mismatches?: Iterable<string>; unavailable?: Iterable<string> } = {}): IdentityVerifier {
  const mismatches = new Set(rules.mismatches ?? []);
  const unavailable = new Set(rules.unavailable ?? []);
  return {
    // Local rules answer at once; the interface is async for the real, remote service.
    verify(name, idNumber) {
      if (unavailable.has(idNumber)) return Promise.resolve('unavailable');
      if (mismatches.has(idNumber) || name.startsWith('测试不符')) return Promise.resolve('mismatch');
      return Promise.resolve('match');
    },
  };
}
