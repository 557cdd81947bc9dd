// The production build: `node build.mjs` bundles the API, the notification worker and the
// migration runner into server/dist, so production runs `node server/dist/main.js` with neither
// tsx nor any devDependency. Only our own code and @bianmin/shared (which ships TypeScript source)
// are bundled; npm packages stay external and load from node_modules as they are — native ones
// (better-sqlite3, sharp, argon2) cannot be bundled, and the rest read their own files at run time
// (the font behind decision documents, pdfkit's metrics).
// Entities are EntitySchema objects and migrations are imported by name, so no decorator metadata
// and no glob over source paths is needed. dist/ sits two levels below the repository root like
// src/, so config.ts finds the default H5 directory and data paths from either.
import { existsSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;
const outdir = `${here}dist`;

/** `koa/lib/x` → `koa`, `@koa/bodyparser/x` → `@koa/bodyparser`. */
const packageName = (path) =>
  path
    .split('/')
    .slice(0, path.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * Node's own modules and the server's npm dependencies stay external; the shared package is
 * bundled, and so is what only it depends on (chinese-days): dist/ resolves packages from
 * server/node_modules, where pnpm does not put another package's dependencies.
 */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = packageName(args.path);
      if (name === '@bianmin/shared') return undefined;
      if (args.path.startsWith('node:') || builtinModules.includes(name)) return { path: args.path, external: true };
      if (existsSync(`${here}node_modules/${name}`)) return { path: args.path, external: true };
      return undefined;
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { main: 'src/main.ts', worker: 'src/worker.ts', migrate: 'src/db/migrate.ts' },
  absWorkingDir: here,
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // No keepNames: it wraps every function and class defined at run time in a `__name()` call (about
  // 1 % of a booking rush). Nothing reads a bundled name that esbuild could change: migrations carry
  // their names explicitly (src/db/migrations.test.ts), entities are named EntitySchemas, and
  // stack traces map back through the source maps.
  keepNames: false,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [externalPackages],
  metafile: true,
  logLevel: 'warning',
});
const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
const kb = outputs.reduce((sum, [, o]) => sum + o.bytes, 0) / 1024;
console.log(`server/dist: ${outputs.length} files, ${kb.toFixed(0)} KB of JavaScript`);
