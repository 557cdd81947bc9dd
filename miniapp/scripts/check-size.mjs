// Fails when the weapp main package (everything in dist/weapp outside the subpackage roots) is
// over the budget. WeChat refuses a main package over 2 MB; we keep half of that for growth.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET = 1024 * 1024;
const dist = fileURLToPath(new URL('../dist/weapp/', import.meta.url));

function sizeOf(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? sizeOf(path) : statSync(path).size;
  }
  return total;
}

let appJson;
try {
  appJson = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8'));
} catch {
  console.error(`No weapp build at ${dist}: run \`taro build --type weapp\` first.`);
  process.exit(2);
}

const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const isInSubpackage = (rel) => roots.some((root) => rel === root || rel.startsWith(`${root}/`));

let main = 0;
function walkMain(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const rel = relative(dist, path).split(sep).join('/');
    if (isInSubpackage(rel)) continue;
    if (entry.isDirectory()) walkMain(path);
    else main += statSync(path).size;
  }
}
walkMain(dist);

console.log(`main package: ${kb(main)} (budget ${kb(BUDGET)})`);
for (const root of roots) console.log(`subpackage ${root}: ${kb(sizeOf(join(dist, root)))}`);
console.log(`total: ${kb(sizeOf(dist))}`);

if (main > BUDGET) {
  console.error(`Main package is ${kb(main - BUDGET)} over budget: move code into a subpackage.`);
  process.exit(1);
}
