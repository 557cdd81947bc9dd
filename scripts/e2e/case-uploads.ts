// The materials step of the 微信申报 journey (case-journey.ts): two photos of a document, drawn by the
// browser itself, chosen through the page's file input over a slow mobile uplink; the progress
// bars, the thumbnails and the saved draft are checked.
import { strict as assert } from 'node:assert';
import type { Locator, Page } from 'playwright-core';
import { settled } from './page-helpers';

/** A real JPEG photo of a document, drawn on a canvas by the browser itself (noise keeps it a few hundred KB). */
async function documentPhoto(page: Page, title: string, pageNo: number): Promise<Buffer> {
  const base64 = await page.evaluate(
    ({ title, pageNo }) => {
      const canvas = document.createElement('canvas');
      canvas.width = 1200;
      canvas.height = 1600;
      const g = canvas.getContext('2d');
      if (!g) throw new Error('no 2d canvas');
      const pixels = g.createImageData(canvas.width, canvas.height);
      for (let i = 0; i < pixels.data.length; i += 4) {
        const v = 225 + Math.floor(Math.random() * 30);
        pixels.data[i] = v;
        pixels.data[i + 1] = v - 4;
        pixels.data[i + 2] = v - 14;
        pixels.data[i + 3] = 255;
      }
      g.putImageData(pixels, 0, 0);
      g.fillStyle = '#1f2937';
      g.font = 'bold 72px sans-serif';
      g.textAlign = 'center';
      g.fillText(title, 600, 200);
      g.font = '40px sans-serif';
      g.textAlign = 'left';
      for (let line = 0; line < 18; line++) g.fillRect(120, 320 + line * 60, 700 + ((line * 97) % 260), 14);
      g.fillText(`第${pageNo}页`, 520, 1500);
      g.strokeStyle = '#c92a2a';
      g.lineWidth = 10;
      g.beginPath();
      g.arc(900, 1320, 130, 0, Math.PI * 2);
      g.stroke();
      return canvas.toDataURL('image/jpeg', 0.92).split(',')[1] ?? '';
    },
    { title, pageNo },
  );
  const jpeg = Buffer.from(base64, 'base64');
  assert.ok(jpeg.length > 10_000 && jpeg[0] === 0xff && jpeg[1] === 0xd8, 'the browser drew a JPEG');
  return jpeg;
}

/** Uploads two photos to `material` (an .apply-material of the form) and checks what the page shows meanwhile. */
export async function uploadPhotos(page: Page, material: Locator, shots: string, steps: string[]) {
  await material.waitFor();
  const photos = [await documentPhoto(page, '房屋租赁合同', 1), await documentPhoto(page, '房屋租赁合同', 2)];
  // Watch every progress label the page shows, to prove uploads report progress as they go.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      Array.from(document.querySelectorAll('.apply-file.is-uploading .muted'), (el) => seen.push(el.textContent));
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  // A slow mobile uplink (≈ 1.6 Mbit/s) so the progress bars have time to be seen.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 80,
    downloadThroughput: 2_000_000,
    uploadThroughput: 200_000,
  });
  const draftWithBoth = page.waitForResponse(
    (r) =>
      r.request().method() === 'PUT' &&
      new URL(r.url()).pathname.startsWith('/api/v1/cases/drafts/') &&
      (JSON.parse(r.request().postData() ?? '{}') as { materials?: { uploadIds: string[] }[] }).materials?.[0]?.uploadIds.length === 2,
    { timeout: 60_000 },
  );
  // Tapping 添加文件 opens the phone's file chooser; the two photos are chosen there.
  const chooser = page.waitForEvent('filechooser');
  await material.locator('.apply-file-pick').click();
  const files = await chooser;
  assert.ok(files.isMultiple(), 'several photos can be chosen at once');
  assert.equal(await files.element().evaluate((input) => (input as HTMLInputElement).accept.includes('image/jpeg')), true);
  await files.setFiles(photos.map((buffer, i) => ({ name: `租赁合同第${i + 1}页.jpg`, mimeType: 'image/jpeg', buffer })));
  await material.locator('.apply-file').nth(1).waitFor();
  await material.locator('.apply-progress').first().waitFor();
  steps.push(`two photos (${photos.map((p) => `${Math.round(p.length / 1024)} KB`).join(', ')}) chosen; progress bars shown`);
  await material.locator('.apply-file.is-done').nth(1).waitFor({ timeout: 60_000 });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await cdp.detach();
  assert.equal(await material.locator('.apply-progress').count(), 0, 'both progress bars finished');
  assert.equal(await material.locator('.apply-file.is-failed').count(), 0, 'no upload failed');
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  const between = seen.filter((s) => /正在上传 ([1-9]|[1-9]\d)%$/.test(s.trim()));
  assert.ok(between.length > 0, `progress between 0 and 100% was shown (saw: ${[...new Set(seen)].join(' | ')})`);
  await waitForImages(page, material.locator('.apply-file .case-thumb img'), 2);
  const names = await material.locator('.apply-file-name').allInnerTexts();
  assert.deepEqual(names, ['租赁合同第1页.jpg', '租赁合同第2页.jpg']);
  await material.scrollIntoViewIfNeeded();
  await settled(page);
  await page.screenshot({ path: `${shots}/materials.png` });
  steps.push(`both uploaded (progress seen: ${[...new Set(between)].slice(0, 4).join(', ')}…), thumbnails shown; screenshot materials.png`);
  assert.equal((await draftWithBoth).status(), 200, 'the draft with both files was saved');
}

/** `count` images in `images`, each loaded with real pixels. */
export async function waitForImages(page: Page, images: ReturnType<Page['locator']>, count: number) {
  await images.nth(count - 1).waitFor();
  await page.waitForFunction(
    (els) => els.length > 0 && els.every((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0),
    await images.elementHandles(),
  );
  assert.equal(await images.count(), count, `${count} thumbnails`);
}
