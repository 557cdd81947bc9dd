import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { material } from '@/test/fixtures';
import { MaterialItem } from './MaterialItem';

describe('MaterialItem', () => {
  it('marks a shared proof 免提交 and asks for no paper', () => {
    const { container } = render(
      <MaterialItem index={2} material={material({ sharedProof: true, originals: 0, copies: 0, name: '营业执照' })} />,
    );
    expect(container.querySelector('.material-shared')?.textContent).toBe('免提交');
    expect(screen.getByText('由相关部门通过数据共享获取，您无需提交')).toBeTruthy();
    expect(screen.queryByText(/原件/)).toBeNull();
  });

  it('shows when a conditional material is needed, and the copies otherwise', () => {
    render(<MaterialItem index={1} material={material({ requirement: 'conditional', condition: '委托他人办理的', copies: 2 })} />);
    expect(screen.getByText('适用情形：委托他人办理的')).toBeTruthy();
    expect(screen.getByText('原件1份、复印件2份')).toBeTruthy();
    expect(screen.getByText('容缺/视情形提交')).toBeTruthy();
  });

  it('offers the blank form and the sample as downloads in H5', () => {
    const { container } = render(
      <MaterialItem
        index={1}
        material={material({
          blankFormUrl: '/api/v1/guides/X/materials/1/forms/blank',
          sampleFormUrl: '/api/v1/guides/X/materials/1/forms/sample',
        })}
      />,
    );
    const blank = container.querySelector<HTMLAnchorElement>('a.form-blank')!;
    expect(blank.textContent).toBe('下载空白表格');
    expect(blank.getAttribute('href')).toBe('/api/v1/guides/X/materials/1/forms/blank');
    expect(blank.getAttribute('download')).toBe('食品经营许可申请书（空白表格）.docx');
    expect(container.querySelector('a.form-sample')?.textContent).toBe('查看填写样例');
  });

  it('has no form buttons when the material has no form', () => {
    const { container } = render(<MaterialItem index={1} material={material()} />);
    expect(container.querySelector('.form-download')).toBeNull();
  });
});
