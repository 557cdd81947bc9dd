// WeChat refuses a whole subscription message when one value breaks its key type's rule; free text
// is shortened to fit, and what identifies something (a case number) is kept whole or not sent.
import { describe, expect, it } from 'vitest';
import { wechatKeyType, wechatValue, WechatValueError } from './wechat-values';

describe('wechatValue', () => {
  it('reads the type from the key name', () => {
    expect(wechatKeyType('thing12')).toBe('thing');
    expect(wechatKeyType('character_string1')).toBe('character_string');
    expect(wechatKeyType('phone_number3')).toBe('phone_number');
    expect(wechatKeyType('thing')).toBeNull();
    expect(wechatKeyType('keyword1')).toBeNull();
  });

  it('shortens thing to 20 characters with an ellipsis, counting Chinese characters as one', () => {
    const item = '城阳区社会投资项目建设工程规划许可证核发（含临时建设）';
    const value = wechatValue('thing2', item);
    expect(Array.from(value)).toHaveLength(20);
    expect(value).toBe(`${item.slice(0, 19)}…`);
    expect(wechatValue('thing2', '居住证办理')).toBe('居住证办理');
    expect(wechatValue('name3', '欧阳王小明明明明明明明')).toBe('欧阳王小明明明明明…');
  });

  it('keeps a 20-digit case number whole in character_string, and refuses what would not fit rather than cut it', () => {
    expect(wechatValue('character_string1', '37021420250102000001')).toBe('37021420250102000001');
    expect(() => wechatValue('character_string1', '3'.repeat(33))).toThrow(WechatValueError);
    expect(() => wechatValue('character_string1', '办件37021420250102000001')).toThrow(WechatValueError);
  });

  it('accepts phrase only as up to 5 Chinese characters', () => {
    expect(wechatValue('phrase3', '已受理')).toBe('已受理');
    expect(() => wechatValue('phrase3', '已经受理完成了')).toThrow(WechatValueError);
    expect(() => wechatValue('phrase3', 'OK')).toThrow(WechatValueError);
  });

  it('writes times and dates the Chinese way WeChat shows them', () => {
    expect(wechatValue('time4', '2025-01-02 09:30')).toBe('2025年1月2日 09:30');
    expect(wechatValue('date5', '2025-12-31')).toBe('2025年12月31日');
    expect(() => wechatValue('time4', '明天上午')).toThrow(WechatValueError);
  });

  it('checks numbers, amounts and phone numbers without changing them', () => {
    expect(wechatValue('number1', '10')).toBe('10');
    expect(() => wechatValue('number1', '十')).toThrow(WechatValueError);
    expect(wechatValue('amount2', '12.50元')).toBe('12.50元');
    expect(wechatValue('phone_number3', '0532-87861234')).toBe('0532-87861234');
  });

  it('refuses empty values and unknown keys', () => {
    expect(() => wechatValue('thing1', '  ')).toThrow(WechatValueError);
    expect(() => wechatValue('keyword1', 'x')).toThrow(WechatValueError);
  });
});
