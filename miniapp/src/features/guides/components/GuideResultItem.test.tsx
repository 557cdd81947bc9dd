import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { guideSummary } from '@/test/fixtures';
import { GuideResultItem } from './GuideResultItem';

describe('GuideResultItem', () => {
  it('marks the matched characters of the name', () => {
    const { container } = render(
      <GuideResultItem
        guide={guideSummary({
          highlights: [
            [0, 2],
            [4, 6],
          ],
        })}
      />,
    );
    expect([...container.querySelectorAll('.hl')].map((e) => e.textContent)).toEqual(['食品', '许可']);
    expect(container.querySelector('.guide-result-name')?.textContent).toBe('食品经营许可（新办）');
  });

  it('says which word found it when the match came from an alias', () => {
    render(<GuideResultItem guide={guideSummary({ matchedAlias: '开餐馆' })} />);
    expect(screen.getByText('与“开餐馆”相关的事项')).toBeTruthy();
  });

  it('has no alias hint for a direct match', () => {
    const { container } = render(<GuideResultItem guide={guideSummary()} />);
    expect(container.querySelector('.guide-result-alias')).toBeNull();
  });

  it('opens the guide on tap', () => {
    const { container } = render(<GuideResultItem guide={guideSummary({ code: 'ABC-1' })} />);
    fireEvent.click(container.querySelector('.guide-result')!);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/guides/pages/detail/index?code=ABC-1' });
  });
});
