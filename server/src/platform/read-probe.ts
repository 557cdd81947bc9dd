// A question another part of the request needs answered, carried by a read the request makes anyway
// instead of a round trip of its own: the reader adds `column` (one value; its `params` in the
// order written) to a single-row SELECT and hands what came back to `saw`. The idempotency key's
// "already answered?" and the caller's "session still good?" ride along a booking's slot read.
export interface ReadProbe {
  column: string;
  params: unknown[];
  saw(value: unknown): void;
}

interface Built {
  sql?: string;
  next: Map<string, Built>;
}
/**
 * Statements already put together, by template and then by each probe's column: a read runs with
 * the same few columns every time, and the same string lets the driver find its prepared statement
 * without hashing a new one (putting it together each time was ~5 µs of a booking refusal).
 */
const built = new Map<string, Built>();

/** `sql` with the probes' columns (probe_0, probe_1, …) put where `{probes}` stands, and their params first. */
export function withProbes(sql: string, params: unknown[], probes: readonly ReadProbe[]): { sql: string; params: unknown[] } {
  const step = (from: Map<string, Built>, key: string): Built => {
    const found = from.get(key);
    if (found) return found;
    const made: Built = { next: new Map() };
    from.set(key, made);
    return made;
  };
  let node = step(built, sql);
  for (const p of probes) node = step(node.next, p.column);
  node.sql ??= sql.replace('{probes}', probes.map((p, i) => `${p.column} AS probe_${i}`).join(', ') || 'NULL AS probe_none');
  return { sql: node.sql, params: probes.length ? [...probes.flatMap((p) => p.params), ...params] : params };
}

/** Hands each probe its value, in the order given (a probe may throw: the ones after it are not told). */
export function tellProbes(row: object, probes: readonly ReadProbe[]): void {
  const values = row as Record<string, unknown>;
  probes.forEach((p, i) => p.saw(values[`probe_${i}`]));
}
