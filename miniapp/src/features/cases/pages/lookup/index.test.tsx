import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { useRouter } from '@tarojs/taro';
import { resetApi, sentTo, serveApi } from '@/test/fake-api';
import { caseDetail } from '@/test/fixtures';
import CaseLookupPage from './index';

const NUMBER = '370214-20261201-00042';
const LOOKUP = `GET /api/v1/cases/lookup?number=${NUMBER}&code=K7Q3M9`;
const { number, item, status, statusLabel, channel, timeline, dates, progress, nextStep } = caseDetail();
const publicView = { number, item, status, statusLabel, channel, timeline, dates, progress, nextStep };

function open() {
  vi.mocked(useRouter).mockReturnValue({ params: {} } as never);
  const view = render(<CaseLookupPage />);
  const type = (selector: string, value: string) =>
    fireEvent.change(view.container.querySelector(`${selector} input`)!, { target: { value } });
  return { ...view, type, search: () => fireEvent.click(view.container.querySelector('.lookup-submit')!) };
}

describe('办件查询', () => {
  beforeEach(() => resetApi());

  it('checks the number and the code before asking', () => {
    const { container, type, search } = open();
    type('.lookup-number', '12345');
    type('.lookup-code', 'O0O0O0');
    search();
    expect(container.querySelector('.lookup-number .field-error')!.textContent).toContain('办件编号应为“6位数字-8位日期-5位序号”');
    expect(container.querySelector('.lookup-code .field-error')!.textContent).toBe('查询码为6位字母或数字，见提交成功页面或短信');
    expect(sentTo(LOOKUP)).toHaveLength(0);
  });

  it('shows the public view of the case, without a token', async () => {
    serveApi({ [LOOKUP]: () => [200, publicView] });
    const { container, type, search } = open();
    type('.lookup-number', ` ${NUMBER} `);
    type('.lookup-code', 'k7q3m9');
    search();
    expect(await screen.findByText('食品经营许可（新办）')).toBeTruthy();
    expect(container.querySelector('.case-status')!.textContent).toBe('已提交');
    expect(container.querySelector('.case-acceptance-due')!.textContent).toContain('2026年12月8日前');
    expect(sentTo(LOOKUP)[0]!.header.Authorization).toBeUndefined();
  });

  it("says a wrong pair, and too many tries, in the server's words", async () => {
    let answer: [number, unknown] = [404, { code: 'NOT_FOUND', message: '办件编号或查询码不正确' }];
    serveApi({ [LOOKUP]: () => answer });
    const { type, search } = open();
    type('.lookup-number', NUMBER);
    type('.lookup-code', 'K7Q3M9');
    search();
    expect(await screen.findByText('办件编号或查询码不正确')).toBeTruthy();
    answer = [429, { code: 'RATE_LIMITED', message: '查询失败次数过多，请1小时后再试' }];
    search();
    expect(await screen.findByText('查询失败次数过多，请1小时后再试')).toBeTruthy();
  });
});
