// `pnpm e2e`: the browser test against the H5 build served by the real server.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launchPhoneBrowser } from '../lib/browser';
import { REPO_ROOT, startServer } from '../lib/server-process';
import { guideJourney, nearestHallJourney } from './guide-journey';
import { residentIdentityJourney, staffSignInJourney } from './identity-journey';
import { bookingJourney } from './booking-journey';
import { caseJourney } from './case-journey';
import { windowJourney } from './window-journey';
import { accessibilityJourney } from './accessibility-journey';
import { queueJourney } from './queue-journey';
import { agentJourney } from './agent-journey';

const h5 = join(REPO_ROOT, 'miniapp/dist/h5/index.html');
if (!existsSync(h5)) {
  console.error('The H5 build is missing: run `pnpm build:h5` first.');
  process.exit(1);
}

const server = await startServer();
// Started before the try below, so a browser that cannot start still stops the server.
const browser = await launchPhoneBrowser().catch(async (err: unknown) => {
  await server.stop();
  throw err;
});
let failed = 0;
let passed = 0;
try {
  await browser.context.grantPermissions(['geolocation']);
  await browser.context.setGeolocation({ latitude: 36.266, longitude: 120.378 });
  const journeys = {
    'resident finds a guide and its hall': guideJourney,
    'resident finds the nearest hall': nearestHallJourney,
    'resident signs in, verifies real name, binds a phone': residentIdentityJourney,
    'staff member signs in and reaches 工作台': staffSignInJourney,
    'community agent files a case for a resident on the staff pages (社区代办)': (a: Parameters<typeof agentJourney>[0]) =>
      agentJourney({ ...a, screenshotPath: join(REPO_ROOT, 'docs/screenshots/agent-register.png') }),
  };
  for (const [name, journey] of Object.entries(journeys)) {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(20_000);
    try {
      const steps = await journey({ page, baseUrl: server.baseUrl, screenshotPath: join(REPO_ROOT, 'docs/screenshots/guide.png') });
      console.log(`✓ ${name}\n${steps.map((s) => `    ${s}`).join('\n')}`);
      passed++;
    } catch (err) {
      failed++;
      const shot = join(REPO_ROOT, '.e2e-tmp', `${name.replace(/\W+/g, '-')}.png`);
      mkdirSync(dirname(shot), { recursive: true });
      await page.screenshot({ path: shot }).catch(() => {});
      console.error(`✗ ${name}: ${err instanceof Error ? err.message : String(err)}\n    screenshot: ${shot}`);
    } finally {
      await page.close();
    }
  }
  const second = await launchPhoneBrowser();
  try {
    const steps = await bookingJourney(
      { a: browser.context, b: second.context },
      server.baseUrl,
      join(REPO_ROOT, 'docs/screenshots/guide.png'),
    );
    console.log(
      `✓ resident books the last place, another sees it full, the first reschedules and is checked in, then books and cancels\n${steps.map((s) => `    ${s}`).join('\n')}`,
    );
    passed++;
  } catch (err) {
    failed++;
    console.error(`✗ booking journey: ${err instanceof Error ? err.message : String(err)}`);
    for (const [i, p] of [...browser.context.pages(), ...second.context.pages()].entries()) {
      const shot = join(REPO_ROOT, '.e2e-tmp', `booking-${i}.png`);
      mkdirSync(dirname(shot), { recursive: true });
      await p.screenshot({ path: shot }).catch(() => {});
    }
  } finally {
    await second.close();
  }
  // 微信申报 and 办件查询: the lookup runs signed out, in a browser profile of its own.
  const signedOut = await launchPhoneBrowser();
  try {
    const steps = await caseJourney(
      { resident: browser.context, signedOut: signedOut.context },
      server.baseUrl,
      join(REPO_ROOT, 'docs/screenshots'),
    );
    console.log(
      `✓ resident applies for 个体工商户设立登记 with two photos, follows the case; 办件查询 signed out\n${steps.map((s) => `    ${s}`).join('\n')}`,
    );
    passed++;
  } catch (err) {
    failed++;
    console.error(`✗ case journey: ${err instanceof Error ? err.message : String(err)}`);
    for (const [i, p] of [...browser.context.pages(), ...signedOut.context.pages()].entries()) {
      const shot = join(REPO_ROOT, '.e2e-tmp', `case-${i}.png`);
      mkdirSync(dirname(shot), { recursive: true });
      await p.screenshot({ path: shot }).catch(() => {});
    }
  } finally {
    await signedOut.close();
  }
  // The window's side (内网审查): the resident on their phone, staff at their desk — two profiles.
  const desk = await launchPhoneBrowser();
  try {
    const steps = await windowJourney(
      { resident: browser.context, staff: desk.context },
      server.baseUrl,
      join(REPO_ROOT, 'docs/screenshots'),
    );
    console.log(
      `✓ window receives, asks for 补正, the resident corrects on the phone; accepted, approved with a 营业执照, posted; the resident sees it all\n${steps.map((s) => `    ${s}`).join('\n')}`,
    );
    passed++;
  } catch (err) {
    failed++;
    console.error(`✗ window journey: ${err instanceof Error ? err.message : String(err)}`);
    for (const [i, p] of [...browser.context.pages(), ...desk.context.pages()].entries()) {
      const shot = join(REPO_ROOT, '.e2e-tmp', `window-${i}.png`);
      mkdirSync(dirname(shot), { recursive: true });
      await p.screenshot({ path: shot }).catch(() => {});
    }
  } finally {
    await desk.close();
  }
  // The hall queue (排队叫号): residents check in, the window calls, the ticket follows live.
  const counter = await launchPhoneBrowser();
  try {
    const steps = await queueJourney(
      { resident: browser.context, staff: counter.context },
      server.baseUrl,
      join(REPO_ROOT, 'docs/screenshots'),
    );
    console.log(
      `✓ two residents check in, the window calls the next number, the first ticket updates without reload\n${steps.map((s) => `    ${s}`).join('\n')}`,
    );
    passed++;
  } catch (err) {
    failed++;
    console.error(`✗ queue journey: ${err instanceof Error ? err.message : String(err)}`);
    for (const [i, p] of [...browser.context.pages(), ...counter.context.pages()].entries()) {
      const shot = join(REPO_ROOT, '.e2e-tmp', `queue-${i}.png`);
      mkdirSync(dirname(shot), { recursive: true });
      await p.screenshot({ path: shot }).catch(() => {});
    }
  } finally {
    await counter.close();
  }
  // Accessibility and 长辈版 (axe-core, sizes, contrast, title bar, not-found, toast): a profile of its own.
  const reader = await launchPhoneBrowser();
  try {
    const steps = await accessibilityJourney(reader.context, server.baseUrl, join(REPO_ROOT, 'docs/screenshots'));
    console.log(
      `✓ main pages pass axe-core and the size floors in both modes; title bar, not-found page and toasts work\n${steps.map((s) => `    ${s}`).join('\n')}`,
    );
    passed++;
  } catch (err) {
    failed++;
    console.error(`✗ accessibility journey: ${err instanceof Error ? err.message : String(err)}`);
    for (const [i, p] of reader.context.pages().entries()) {
      const shot = join(REPO_ROOT, '.e2e-tmp', `accessibility-${i}.png`);
      mkdirSync(dirname(shot), { recursive: true });
      await p.screenshot({ path: shot }).catch(() => {});
    }
  } finally {
    await reader.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
