// Checks shared by the tests that throw arbitrary input at the API.
import { createServer } from 'node:net';
import { expect } from 'vitest';
import type { ErrorBody } from '@bianmin/shared';

/** No 5xx; a refusal is in the error shape with a Chinese message; the body is read either way. */
export async function expectCleanAnswer(res: Response, what: string): Promise<void> {
  expect(res.status, what).toBeLessThan(500);
  if (res.status >= 400) {
    const body = (await res.json()) as ErrorBody;
    expect(body.code, what).toMatch(/^[A-Z_]+$/);
    expect(body.message, what).toMatch(/[\u4e00-\u9fa5]/);
  } else {
    await res.arrayBuffer();
  }
}

/** A TCP port nothing listens on right now, for a server started as a child process. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer()
      .listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => ok(port));
      })
      .on('error', fail);
  });
}
