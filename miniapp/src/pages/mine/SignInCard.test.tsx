// Separate file: the sign-in options are fetched once per app session (module state).
import { beforeEach, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { resetApi, serveApi } from '@/test/fake-api';
import { SignInCard } from './SignInCard';

beforeEach(resetApi);

it('asks H5 users to open the mini-program when the test sign-in is off', async () => {
  serveApi({ 'GET /api/v1/auth/options': () => [200, { devLogin: false }] });
  const { container } = render(<SignInCard />);
  expect(await screen.findByText('请在微信中打开小程序登录')).toBeTruthy();
  expect(container.querySelector('.mine-signin')).toBeNull();
  expect(container.querySelector('.staff-login-link')).toBeTruthy();
});
