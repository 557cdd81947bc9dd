import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import type { GuideSearchResult } from '@bianmin/shared/guides/guide.schema';
import { guideSummary } from '@/test/fixtures';
import GuideSearchPage from './index';

const result = (over: Partial<GuideSearchResult>): GuideSearchResult => ({
  items: [],
  total: 0,
  page: 1,
  pageSize: 20,
  suggestions: [],
  partial: false,
  guessed: false,
  ...over,
});

/** Answers /guides from `search` (by query string); the reference lists come back empty. */
function serve(search: (params: URLSearchParams) => GuideSearchResult) {
  const answer = ({ url }: { url: string }) => {
    const [path, qs] = url.split('?');
    if (path === '/api/v1/guides') return { statusCode: 200, data: search(new URLSearchParams(qs)) };
    return { statusCode: 200, data: { items: [] } };
  };
  // Answered in a `then`, so a `search` that throws rejects the request, as a failed Taro.request does.
  vi.mocked(Taro.request).mockImplementation(((call: { url: string }) => Promise.resolve(call).then(answer)) as never);
}
const guideCalls = () =>
  vi
    .mocked(Taro.request)
    .mock.calls.map(([o]) => (o as { url: string }).url)
    .filter((u) => u.startsWith('/api/v1/guides?'));

describe('guide search page', () => {
  beforeEach(() => {
    vi.mocked(Taro.request).mockReset();
    vi.mocked(useRouter).mockReturnValue({ params: { lifeEvent: 'open-restaurant' } } as never);
  });

  it('starts with the life event chosen on the home page, then searches once the typing settles', async () => {
    serve((p) =>
      p.get('q') === '开餐馆'
        ? result({ items: [guideSummary({ matchedAlias: '开餐馆', highlights: [] })], total: 1 })
        : result({ items: [guideSummary({ code: 'A' }), guideSummary({ code: 'B' })], total: 2 }),
    );
    const { container } = render(<GuideSearchPage />);
    await screen.findByText('共找到 2 个事项');
    expect(guideCalls()).toEqual(['/api/v1/guides?lifeEvent=open-restaurant&page=1&pageSize=20']);

    const input = container.querySelector('input.guide-search-input')!;
    // Keystrokes 100 ms apart: quicker than the debounce, so only the last one searches.
    for (const typed of ['开', '开餐', '开餐馆']) {
      await act(async () => {
        fireEvent.change(input, { target: { value: typed } });
        await new Promise((r) => setTimeout(r, 100));
      });
    }
    await screen.findByText('与“开餐馆”相关的事项');
    // One request for the settled words, none for the keystrokes in between.
    expect(guideCalls().slice(1)).toEqual([
      `/api/v1/guides?lifeEvent=open-restaurant&q=${encodeURIComponent('开餐馆')}&page=1&pageSize=20`,
    ]);
  });

  it('offers the suggestions as chips when nothing is found, and searches a tapped one', async () => {
    vi.mocked(useRouter).mockReturnValue({ params: { q: encodeURIComponent('开放店') } } as never);
    serve((p) =>
      p.get('q') === '开饭店' ? result({ items: [guideSummary()], total: 1 }) : result({ suggestions: ['开饭店', '食品经营许可'] }),
    );
    render(<GuideSearchPage />);
    await screen.findByText('没有找到相关事项');
    fireEvent.click(screen.getByText('开饭店'));
    await waitFor(() => expect(screen.getByText('共找到 1 个事项')).toBeTruthy(), { timeout: 2000 });
  });

  it('says so when the items found match only some of the words typed', async () => {
    vi.mocked(useRouter).mockReturnValue({ params: { q: encodeURIComponent('电梯年审') } } as never);
    serve(() => result({ items: [guideSummary()], total: 1, partial: true, suggestions: ['电梯登记'] }));
    render(<GuideSearchPage />);
    await screen.findByText('没有完全符合“电梯年审”的事项，以下 1 个事项与其中部分词语相符');
    expect(screen.queryByText('共找到 1 个事项')).toBeNull();
    expect(screen.getByText('电梯登记')).toBeTruthy();
  });

  it('keeps an empty page empty until the resident asks to see items with characters in common', async () => {
    vi.mocked(useRouter).mockReturnValue({ params: { q: encodeURIComponent('村里要在河上修一座小桥') } } as never);
    serve((p) =>
      p.get('guess') === '1'
        ? result({ items: [guideSummary({ name: '洪水影响评价类审批' })], total: 1, partial: true, guessed: true })
        : result({ suggestions: ['建房'] }),
    );
    render(<GuideSearchPage />);
    await screen.findByText('没有找到相关事项');
    expect(screen.queryByText('洪水影响评价类审批')).toBeNull();
    fireEvent.click(screen.getByText('看看字面相近的事项'));
    await screen.findByText('没有找到与“村里要在河上修一座小桥”相符的事项，以下 1 个事项只是与其中个别字相近，仅供参考');
    expect(screen.getByText('洪水影响评价类审批')).toBeTruthy();
    expect(guideCalls().at(-1)).toBe(`/api/v1/guides?q=${encodeURIComponent('村里要在河上修一座小桥')}&guess=1&page=1&pageSize=20`);
  });

  it('offers no guesses when only emoji were typed', async () => {
    vi.mocked(useRouter).mockReturnValue({ params: { q: encodeURIComponent('😀😀😀') } } as never);
    serve(() => result({}));
    render(<GuideSearchPage />);
    await screen.findByText('请输入文字，例如事项名称或想办的事');
    expect(screen.queryByText('看看字面相近的事项')).toBeNull();
  });

  it('asks for words when only emoji were typed, and offers words to try', async () => {
    vi.mocked(useRouter).mockReturnValue({ params: { q: encodeURIComponent('😀😀😀') } } as never);
    serve(() => result({ suggestions: ['开店', '结婚'] }));
    render(<GuideSearchPage />);
    await screen.findByText('请输入文字，例如事项名称或想办的事');
    expect(screen.getByText('开店')).toBeTruthy();
  });

  it('shows the error with a retry that asks again', async () => {
    let fail = true;
    serve(() => {
      if (fail) throw Object.assign(new Error('offline'), { errMsg: 'request:fail' });
      return result({ items: [guideSummary()], total: 1 });
    });
    render(<GuideSearchPage />);
    await screen.findByText('网络连接失败，请检查网络后重试');
    fail = false;
    fireEvent.click(screen.getByText('重新加载'));
    await screen.findByText('共找到 1 个事项');
  });
});
