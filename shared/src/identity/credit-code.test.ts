// 统一社会信用代码, checked on the phone and again on the server (GB 32100-2015).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_CHARS, creditCodeCheckChar, creditCodeIssue, isValidCreditCode } from './credit-code';
import { creditCodeProblem } from './form-rules';

/** Codes as printed on business licences and published in the national enterprise credit system. */
const PUBLISHED = [
  '91350100M000100Y43', // the standard's example shape, used in many guides
  '91440300708461136T', // 深圳市腾讯计算机系统有限公司
  '914403001922038216', // 华为技术有限公司
  '91330100799655058B', // 阿里巴巴（中国）有限公司
  '91370200163562681G', // 海尔集团公司 (Qingdao)
];

describe('isValidCreditCode', () => {
  it('accepts published codes, in lower case too', () => {
    for (const code of PUBLISHED) expect(isValidCreditCode(code), code).toBe(true);
    expect(isValidCreditCode(' 91350100m000100y43 ')).toBe(true);
  });

  it('uses the weights 3^i mod 31 and maps a remainder of 31 to 0', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    const weights = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);
    expect(weights).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });

  it('says what is wrong', () => {
    expect(creditCodeIssue('91350100M000100Y4')).toBe('format'); // 17 characters
    expect(creditCodeIssue('91350100M000100Y4I')).toBe('format'); // I is not in the character set
    expect(creditCodeIssue('913501O0M000100Y43')).toBe('format'); // letter in the region code
    expect(creditCodeIssue('91350100M000100Y44')).toBe('checkDigit');
    expect(creditCodeProblem('')).toBe('请输入统一社会信用代码');
    expect(creditCodeProblem('91350100M000100Y44')).toMatch(/校验位/);
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
  });

  it('catches any single changed character of a valid code', () => {
    const body = fc
      .tuple(
        fc.array(fc.constantFrom(...CREDIT_CODE_CHARS.split('')), { minLength: 2, maxLength: 2 }),
        fc.array(fc.constantFrom(...'0123456789'.split('')), { minLength: 6, maxLength: 6 }),
        fc.array(fc.constantFrom(...CREDIT_CODE_CHARS.split('')), { minLength: 9, maxLength: 9 }),
      )
      .map(([a, b, c]) => [...a, ...b, ...c].join(''));
    fc.assert(
      fc.property(body, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 30 }), (first17, at, shift) => {
        const code = first17 + creditCodeCheckChar(first17);
        expect(isValidCreditCode(code)).toBe(true);
        const chars = at >= 2 && at < 8 ? '0123456789' : CREDIT_CODE_CHARS;
        const changed = chars[(chars.indexOf(code[at]!) + (shift % chars.length || 1)) % chars.length]!;
        expect(isValidCreditCode(code.slice(0, at) + changed + code.slice(at + 1))).toBe(false);
      }),
    );
  });
});
