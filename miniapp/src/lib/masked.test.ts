import { describe, expect, it } from 'vitest';
import { shownIdNumber, shownName, shownPhone } from './masked';

describe('personal data on screen', () => {
  it('shows what the server masked as it is', () => {
    expect([shownName('张*'), shownIdNumber('370214********123X'), shownPhone('138****5678')]).toEqual([
      '张*',
      '370214********123X',
      '138****5678',
    ]);
  });

  it('masks a full value that slipped through', () => {
    expect([shownName('张明'), shownIdNumber('37021419900101123X'), shownPhone('13812345678')]).toEqual([
      '张*',
      '370214********123X',
      '138****5678',
    ]);
  });
});
