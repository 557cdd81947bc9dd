// A question another part of the request needs answered, carried by a read the request makes anyway
// instead of a round trip of its own: the reader adds `column` (one value; its `params` in the
// order written) to a single-row SELECT and hands what came back to `saw`. The idempotency key's
// "already answered?" and the caller's "session still good?" ride along a booking's slot read.
export interface ReadProbe {
  column: string;
  params: unknown[];
  saw(value: unknown): void;
}

/** `sql` with the probes' columns (probe_0, probe_1, …) put where `{probes}` stands, and their params first. */
export function withProbes(sql: string, params: unknown[], probes: readonly ReadProbe[]): { sql: string; params: unknown[] } {
  const columns = probes.map((p, i) => `${p.column} AS probe_${i}`).join(', ');
  return { sql: sql.replace('{probes}', columns || 'NULL AS probe_none'), params: [...probes.flatMap((p) => p.params), ...params] };
}

/** Hands each probe its value, in the order given (a probe may throw: the ones after it are not told). */
export function tellProbes(row: object, probes: readonly ReadProbe[]): void {
  const values = row as Record<string, unknown>;
  probes.forEach((p, i) => p.saw(values[`probe_${i}`]));
}
