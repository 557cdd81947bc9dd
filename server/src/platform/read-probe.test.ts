// Probes riding along a read: the statement holds each probe's column in order, its params come
// first, each probe hears its own value, and the same probes give the very same statement.
import { describe, expect, it } from 'vitest';
import { type ReadProbe, tellProbes, withProbes } from './read-probe';

const heard: unknown[] = [];
const probe = (column: string, ...params: unknown[]): ReadProbe => ({ column, params, saw: (v) => void heard.push([column, v]) });
const SQL = 'SELECT s.id, {probes} FROM slot s WHERE s.id = ?';

describe('a read carrying probes', () => {
  it('puts the columns in order, their params before the read own, and tells each its value', () => {
    const probes = [probe('EXISTS (SELECT 1 FROM a WHERE x = ?)', 'k1'), probe('EXISTS (SELECT 1 FROM b WHERE y = ? AND z = ?)', 'u', 's')];
    const { sql, params } = withProbes(SQL, [7], probes);
    expect(sql).toBe(
      'SELECT s.id, EXISTS (SELECT 1 FROM a WHERE x = ?) AS probe_0, EXISTS (SELECT 1 FROM b WHERE y = ? AND z = ?) AS probe_1 FROM slot s WHERE s.id = ?',
    );
    expect(params).toEqual(['k1', 'u', 's', 7]);
    heard.length = 0;
    tellProbes({ id: 7, probe_0: 1, probe_1: 0 }, probes);
    expect(heard).toEqual([
      ['EXISTS (SELECT 1 FROM a WHERE x = ?)', 1],
      ['EXISTS (SELECT 1 FROM b WHERE y = ? AND z = ?)', 0],
    ]);
  });

  it('gives different probes different statements, the same probes the same one, and no probe a harmless column', () => {
    const one = withProbes(SQL, [1], [probe('1')]).sql;
    const two = withProbes(SQL, [1], [probe('1'), probe('2')]).sql;
    expect(one).not.toBe(two);
    expect(withProbes(SQL, [2], [probe('1')]).sql).toBe(one);
    expect(withProbes(SQL, [3], [probe('2'), probe('1')]).sql).toBe('SELECT s.id, 2 AS probe_0, 1 AS probe_1 FROM slot s WHERE s.id = ?');
    expect(withProbes(SQL, [4], [])).toEqual({ sql: 'SELECT s.id, NULL AS probe_none FROM slot s WHERE s.id = ?', params: [4] });
  });
});
