// The benches measure servers as they run in production: plain JavaScript on node, no tsx. Ours is
// the production build (server/build.mjs → server/dist/main.js); a baseline written for the bench
// is bundled here the same way (esbuild, no keepNames), so neither side pays for a loader or for
// `__name()` wrappers the other does not.
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

/** Inside scripts/node_modules, so the bundle resolves npm packages from scripts' own. */
const OUT_DIR = fileURLToPath(new URL('../node_modules/.cache/bianmin-bench', import.meta.url));

/** npm packages stay external (loaded from node_modules as they are); the workspace's TypeScript is bundled. */
const npmExternal: Plugin = {
  name: 'npm-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@bianmin/') ? undefined : { path: args.path, external: true }));
  },
};

/** Bundles `entry` (a TypeScript file of scripts/) to one ES module and returns its path. */
export async function compileForNode(entry: string): Promise<string> {
  mkdirSync(OUT_DIR, { recursive: true });
  const outfile = join(OUT_DIR, `${basename(entry).replace(/\.ts$/, '')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    keepNames: false,
    plugins: [npmExternal],
    logLevel: 'warning',
  });
  return outfile;
}
