import { describe, expect, it } from 'vitest';
import { formatCopies, formatDepth, formatDistance, formatLimit, formatVisits } from './format';
import { wgs84ToGcj02 } from './geo';

describe('guide formatting', () => {
  it('says 即办 for a zero limit and counts working days otherwise', () => {
    expect(formatLimit(0)).toBe('即办');
    expect(formatLimit(20)).toBe('20个工作日');
  });

  it('labels online depth by level and survives an unknown level', () => {
    expect(formatDepth(4)).toBe('四级：全程网办');
    expect(formatDepth(7)).toBe('网办深度7级');
  });

  it('describes visits and paper copies in words', () => {
    expect(formatVisits(0)).toBe('无需到现场（零跑腿）');
    expect(formatVisits(1)).toBe('最多跑1次');
    expect(formatCopies(1, 2)).toBe('原件1份、复印件2份');
    expect(formatCopies(0, 1)).toBe('复印件1份');
    expect(formatCopies(0, 0)).toBe('无需提交纸质材料');
  });

  it('shows metres under a kilometre and kilometres with one decimal above', () => {
    expect(formatDistance(860.4)).toBe('860米');
    expect(formatDistance(12_345)).toBe('12.3公里');
    expect(formatDistance(null)).toBeNull();
  });
});

describe('wgs84ToGcj02', () => {
  it('shifts a point in Qingdao by a few hundred metres, north-east-ish as GCJ-02 does there', () => {
    const { lat, lng } = wgs84ToGcj02(36.3041, 120.3998);
    const dLatM = (lat - 36.3041) * 111_000;
    const dLngM = (lng - 120.3998) * 111_000 * Math.cos((36.3 * Math.PI) / 180);
    const metres = Math.hypot(dLatM, dLngM);
    expect(metres).toBeGreaterThan(100);
    expect(metres).toBeLessThan(800);
    expect(lng).toBeGreaterThan(120.3998);
  });

  it('leaves points outside China unchanged', () => {
    expect(wgs84ToGcj02(48.8566, 2.3522)).toEqual({ lat: 48.8566, lng: 2.3522 });
  });
});
