import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { resetApi, serveApi, signInAs } from '@/test/fake-api';
import CertificatesPage from './index';

describe('我的证照', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
  });

  it('lists my certificates with their verification codes and the 核验 hint', async () => {
    serveApi({
      'GET /api/v1/me/certificates': () => [
        200,
        {
          items: [
            {
              number: 'ZZ370214-20261205-00001',
              type: '营业执照',
              holder: '张*',
              issuer: '区行政审批服务局',
              issuedOn: '2026-12-05',
              validFrom: '2026-12-05',
              validTo: null,
              caseNumber: '370214-20261201-00042',
              verificationCode: 'K7Q3M9XD',
              status: 'valid',
            },
          ],
        },
      ],
    });
    const { container } = render(<CertificatesPage />);
    expect(await screen.findByText('营业执照')).toBeTruthy();
    expect(container.querySelector('.certificate-code .case-row-value')!.textContent).toBe('K7Q3M9XD');
    expect(container.querySelector('.certificate-validity .case-row-value')!.textContent).toBe('2026年12月5日至长期');
    expect(container.querySelector('.certificate-status')!.textContent).toBe('有效');
    expect(container.querySelector('.certificate-verify-hint')!.textContent).toContain('核验');
  });

  it('says when there are none', async () => {
    serveApi({ 'GET /api/v1/me/certificates': () => [200, { items: [] }] });
    render(<CertificatesPage />);
    expect(await screen.findByText('您还没有电子证照')).toBeTruthy();
  });
});
