// Answers the browser's file uploads (XMLHttpRequest) in tests, and an upload as the server describes it.
import { vi } from 'vitest';

/** Answers the browser upload (XMLHttpRequest) with the next of `answers`. */
export function fakeUploads(answers: [number, unknown][]) {
  const sent: { headers: Record<string, string>; body: FormData }[] = [];
  class FakeXhr {
    status = 0;
    responseText = '';
    timeout = 0;
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    ontimeout: (() => void) | null = null;
    onabort: (() => void) | null = null;
    headers: Record<string, string> = {};
    open() {}
    setRequestHeader(k: string, v: string) {
      this.headers[k] = v;
    }
    send(body: FormData) {
      sent.push({ headers: this.headers, body });
      const [status, data] = answers.shift() ?? [500, {}];
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
        this.status = status;
        this.responseText = JSON.stringify(data);
        this.onload?.();
      }, 0);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

export const upload = (id: string) => ({
  id,
  kind: 'image',
  mimeType: 'image/jpeg',
  fileName: '申请书.jpg',
  size: 1000,
  width: 100,
  height: 100,
  pages: null,
  url: `/api/v1/uploads/${id}`,
  thumbnailUrl: `/api/v1/uploads/${id}/thumbnail`,
  createdAt: '2026-12-01T02:00:00.000Z',
});
