import { describe, expect, it } from 'vitest';
import { pageUrlOf } from './query';

describe('pageUrlOf: the page to come back to after signing in', () => {
  it('keeps the page’s own parameters, encoded once, and drops Taro’s', () => {
    const router = {
      path: '/features/cases/pages/detail/index',
      params: { number: '370214-20261205-00001', $taroTimestamp: '1733', stamp: '9' },
    };
    expect(pageUrlOf(router)).toBe('/features/cases/pages/detail/index?number=370214-20261205-00001');
  });

  it('reads weapp’s still-encoded values and H5’s decoded ones alike', () => {
    const weapp = { path: 'features/cases/pages/apply/index', params: { item: '%E4%B8%AA%E4%BD%93' } };
    const h5 = { path: '/features/cases/pages/apply/index', params: { item: '个体' } };
    expect(pageUrlOf(weapp)).toBe(pageUrlOf(h5));
    expect(pageUrlOf(h5)).toBe('/features/cases/pages/apply/index?item=%E4%B8%AA%E4%BD%93');
  });

  it('has nothing to return to without a path', () => {
    expect(pageUrlOf({ params: {} })).toBeUndefined();
    expect(pageUrlOf(null)).toBeUndefined();
  });
});
