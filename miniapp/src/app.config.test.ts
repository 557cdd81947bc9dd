// @vitest-environment node
// Every page in app.config.ts is declared exactly once — by the feature whose subpackage holds it
// (features/<x>/pages.ts) or by the app shell (lib/app-pages.ts) — and nothing is declared that
// app.config.ts does not list; so no page can be added without saying who may use it.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { appPages } from '@/lib/app-pages';
import type { PageDeclaration } from '@/lib/page-declaration';

// `defineAppConfig` is a global the Taro build provides; here it only has to hand the config back.
vi.stubGlobal('defineAppConfig', <T>(config: T) => config);
const { default: config } = await import('./app.config');

const features = readdirSync(fileURLToPath(new URL('./features', import.meta.url)), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

const declaredBy = new Map<string, PageDeclaration[]>([['app shell', Object.values(appPages)]]);
for (const feature of features) {
  const module = (await import(`./features/${feature}/pages.ts`)) as Record<string, unknown>;
  const declarations = Object.values(module).flatMap((exported) =>
    typeof exported === 'object' && exported !== null ? Object.values(exported as Record<string, unknown>) : [],
  );
  declaredBy.set(feature, declarations.filter(isDeclaration));
}

function isDeclaration(value: unknown): value is PageDeclaration {
  return typeof value === 'object' && value !== null && 'path' in value && 'signIn' in value && 'url' in value;
}

const listed = [...(config.pages ?? []), ...(config.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
const declared = [...declaredBy.entries()].flatMap(([owner, pages]) => pages.map((p) => ({ owner, ...p })));

describe('page declarations', () => {
  it('declare every page app.config.ts lists, once, and no other', () => {
    expect(declared.map((p) => p.path).sort()).toEqual([...listed].sort());
    expect(new Set(declared.map((p) => p.path)).size).toBe(declared.length);
  });

  it('are made by the feature that holds the page, or the app shell for the main package', () => {
    for (const { owner, path } of declared) {
      if (owner === 'app shell') expect(config.pages).toContain(path);
      else expect(path.startsWith(`features/${owner}/`), `${path} declared by ${owner}`).toBe(true);
    }
  });

  it('give each page a URL that opens it (no parameters) and a sign-in requirement', () => {
    for (const page of declared) {
      const url = typeof page.url === 'string' ? page.url : page.url();
      expect(url.split('?')[0], page.path).toBe(`/${page.path}`);
      expect(['none', 'resident', 'staff']).toContain(page.signIn);
      if (page.signIn === 'staff') expect(listed).toContain(page.signInUrl.slice(1));
    }
  });
});
