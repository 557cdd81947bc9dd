// What the 申请办理 page's tests share: an item with an application form and two materials, a
// resident with real-name verification, and the page opened on that item.
import { afterEach, beforeEach, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/react';
import { useRouter } from '@tarojs/taro';
import type { ApplicationForm } from '@bianmin/shared/catalogue/application-form.schema';
import { me, resetApi, serveApi, signInAs, type Route } from '@/test/fake-api';
import { guideDetail, material } from '@/test/fixtures';
import ApplyPage from './index';

export const form: ApplicationForm = {
  applicantKinds: ['individual', 'legalPerson'],
  notes: ['请如实填写'],
  fields: [
    { key: 'shopName', label: '店铺名称', type: 'text', required: true },
    { key: 'hasBranch', label: '是否有分店', type: 'checkbox', required: false },
    {
      key: 'branchCount',
      label: '分店数量',
      type: 'number',
      required: true,
      min: 1,
      unit: '家',
      showIf: { field: 'hasBranch', equals: 'true' },
    },
  ],
};
export const GUIDE = 'GET /api/v1/guides/G-1';
export const DRAFT = 'GET /api/v1/cases/drafts/G-1';
const verified = me({
  realName: { name: '张三', idNumber: '370214199001011234', verifiedAt: '2026-01-01T00:00:00.000Z' },
  phone: '138****5678',
});

/** Each test of the calling `describe` starts signed in, with nothing served yet. */
export function signedInEachTime() {
  beforeEach(() => {
    resetApi();
    signInAs(1);
  });
  afterEach(() => vi.unstubAllGlobals());
}

/** The item G-1, the verified resident, no draft and no pending uploads; `extra` adds or replaces routes. */
export function serve(extra: Record<string, Route> = {}) {
  serveApi({
    [GUIDE]: () => [
      200,
      guideDetail({
        code: 'G-1',
        onlineSubmission: true,
        applicationForm: form,
        materials: [material({ id: 1 }), material({ id: 2, name: '营业执照', sharedProof: true })],
      }),
    ],
    'GET /api/v1/me': () => [200, verified],
    [DRAFT]: () => [404, { code: 'NOT_FOUND', message: '没有草稿' }],
    'GET /api/v1/uploads/mine': () => [200, { items: [] }],
    'PUT /api/v1/cases/drafts/G-1': () => [200, {}],
    ...extra,
  });
}

/** The page on G-1: `q` finds an element (or throws), `type` fills a field, `next` is 下一步. */
export function open() {
  vi.mocked(useRouter).mockReturnValue({ params: { item: 'G-1' } } as never);
  const view = render(<ApplyPage />);
  const q = (selector: string) => {
    const found = view.container.querySelector(selector);
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
  };
  const type = (selector: string, value: string) => fireEvent.change(q(`${selector} input`), { target: { value } });
  return { ...view, q, type, next: () => fireEvent.click(q('.apply-next')) };
}
