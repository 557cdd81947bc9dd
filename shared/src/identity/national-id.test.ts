// The ID validator the mini-app runs before sending and the server runs again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDigitOf, chineseIdProblem, isValidChineseId, parseChineseId } from './national-id';
import { maskChineseId, maskName, maskPhone } from './mask';

const TODAY = new Date('2026-11-26T00:00:00Z');
const withCheck = (first17: string) => first17 + checkDigitOf(first17);

describe('isValidChineseId', () => {
  it('accepts the GB 11643 standard example and a Chengyang number', () => {
    expect(isValidChineseId('11010519491231002X')).toBe(true);
    expect(isValidChineseId(withCheck('37021419900101123'))).toBe(true);
    expect(isValidChineseId('11010519491231002x')).toBe(true);
  });

  it('says what is wrong', () => {
    expect(chineseIdProblem('1101051949123100', TODAY)).toBe('format');
    expect(chineseIdProblem(withCheck('99010519491231002'), TODAY)).toBe('region');
    expect(chineseIdProblem(withCheck('37001419900101123'), TODAY)).toBe('region');
    expect(chineseIdProblem(withCheck('37021419900230123'), TODAY)).toBe('birthDate');
    expect(chineseIdProblem(withCheck('37021420991231123'), TODAY)).toBe('birthDate');
    expect(chineseIdProblem('110105194912310021', TODAY)).toBe('checkDigit');
  });

  it('accepts residence permits of Hong Kong, Macao and Taiwan residents (810000/820000/830000)', () => {
    expect(isValidChineseId(withCheck('81000019900101123'))).toBe(true);
    expect(isValidChineseId(withCheck('81010019900101123'))).toBe(false);
  });

  it('catches every single-digit typo (the check digit detects all of them)', () => {
    const birth = fc.date({ min: new Date('1930-01-01'), max: new Date('2020-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(
        birth,
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (date, seq, pos, delta) => {
          const ymd = date.toISOString().slice(0, 10).replace(/-/g, '');
          const id = withCheck(`370214${ymd}${String(seq).padStart(3, '0')}`);
          expect(isValidChineseId(id)).toBe(true);
          const digit = (Number(id[pos]) + delta) % 10;
          const typo = `${id.slice(0, pos)}${digit}${id.slice(pos + 1)}`;
          expect(isValidChineseId(typo)).toBe(false);
        },
      ),
    );
  });
});

describe('parseChineseId', () => {
  it('reads birth date, sex and region', () => {
    expect(parseChineseId('11010519491231002X')).toEqual({ regionCode: '110105', birthDate: '1949-12-31', sex: 'female' });
    expect(parseChineseId(withCheck('37021419900101123'))?.sex).toBe('male');
    expect(parseChineseId('123')).toBeNull();
  });
});

describe('masking', () => {
  it('masks IDs, phones and names in the forms residents know', () => {
    expect(maskChineseId('37021419900101123X')).toBe('370214********123X');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张三丰')).toBe('张*丰');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
  });
});
