// The H5 build of the mini-app, on the same origin as the API. Its pages get a strict CSP and
// refuse to be framed; a path that does not name a file of the build (including every traversal
// koa-send refuses with 400/403) is a 404 in the error shape. Files whose names carry a content
// hash are cached for a year; everything else (index.html above all) is revalidated on each use,
// so a new build reaches residents on their next visit. deploy/nginx/bianmin.conf has the same rules.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Context, Middleware, Next } from 'koa';
import serve from 'koa-static';
import { NotFoundError } from '../errors';
import { clientErrorOf } from './error-middleware';

const NOT_BUILT = '尚未构建 H5 页面：请运行 pnpm build:h5（npm start 会自动构建）。API 文档见 /api/docs';

export function h5Pages(h5Dir: string | null): Middleware {
  if (!h5Dir || !existsSync(join(h5Dir, 'index.html'))) {
    return (ctx: Context) => {
      ctx.status = 404;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = NOT_BUILT;
    };
  }
  const root = resolve(h5Dir);
  const files = serve(root, {
    setHeaders: (res, path) => res.setHeader('Cache-Control', cachePolicy(relative(root, path).split(sep).join('/'))),
  });
  const csp = policyOf(join(h5Dir, 'index.html'));
  return async (ctx: Context, next: Next) => {
    ctx.set('Content-Security-Policy', csp());
    ctx.set('X-Frame-Options', 'DENY');
    try {
      await files(ctx, next);
    } catch (err) {
      if (clientErrorOf(err)) throw new NotFoundError('页面不存在');
      throw err;
    }
    if (ctx.status === 404 && ctx.body == null) throw new NotFoundError('页面不存在');
  };
}

/**
 * Taro's H5 build names what it emits under js/, css/ and static/ with a content hash
 * (`js/app.3f2a9c1d.js`): such a file never changes, a new build gets a new name.
 */
const HASHED_ASSET = /^(?:js|css|static)\/(?:[^/]+\/)*[^/]+\.[0-9a-f]{8,}\.[A-Za-z0-9]+$/;

export function cachePolicy(pathInBuild: string): string {
  return HASHED_ASSET.test(pathInBuild) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The policy for the index.html at `path`, worked out again when a rebuild replaces the file. */
function policyOf(path: string): () => string {
  let seen = { mtimeMs: -1, policy: contentSecurityPolicy('') };
  return () => {
    try {
      const { mtimeMs } = statSync(path);
      if (mtimeMs !== seen.mtimeMs) seen = { mtimeMs, policy: contentSecurityPolicy(readFileSync(path, 'utf8')) };
    } catch {
      // Mid-rebuild the file may be missing for a moment: keep the last policy.
    }
    return seen.policy;
  };
}

/**
 * The policy asked for, plus what Taro's H5 build needs (found by browsing it in Chromium until no
 * violation was reported): its icon font as a data: URL, and the one small script it inlines in
 * index.html to set the root font size before the bundle loads, allowed by its hash, so that
 * `script-src` needs neither 'unsafe-inline' nor 'unsafe-eval'.
 */
export function contentSecurityPolicy(indexHtml: string): string {
  const inline = [...indexHtml.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => m[1] ?? '')
    .filter((code) => code.trim() !== '')
    .map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
  return [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    // Taro's H5 components carry their icon font (weui) inline in the CSS, as a data: URL.
    "font-src 'self' data:",
    ['script-src', "'self'", ...new Set(inline)].join(' '),
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}
