// One lint config for every package. typescript-eslint's strict type-checked rules, plus the
// boundaries the design relies on (docs in shared/design/style.md, "The linter keeps the boundaries"):
// mini-app features import another feature only through its pages.ts (its pages and their
// URLs), lib/ and components/ never import features/,
// the server's platform knows no capability, modules meet only through their index.ts, no import
// cycles, process.env only where a program reads its own configuration.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const subfolders = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
const features = subfolders('miniapp/src/features');
const modules = subfolders('server/src/modules');

const TESTS = ['**/*.test.{ts,tsx}', 'miniapp/src/test/**', 'server/src/testing/**'];

export default defineConfig(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', 'miniapp/.swc/**', 'data/**', '.e2e-tmp/**'],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // The one config file in no package's tsconfig (server's covers src/ only); it gets the
          // base compiler options.
          allowDefaultProject: ['server/vitest.config.ts'],
          defaultProject: 'tsconfig.base.json',
        },
        tsconfigRootDir: root,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'import-x': importX },
    settings: {
      // How import-x reads the files it follows (no-cycle parses every module it reaches).
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          noWarnOnMultipleProjects: true,
          project: [
            'shared/tsconfig.json',
            'server/tsconfig.json',
            'miniapp/tsconfig.json',
            'scripts/tsconfig.json',
            'scripts/fakes/tsconfig.json',
          ],
        }),
      ],
    },
    rules: {
      // Numbers in messages and URLs are what template literals are for here; objects and
      // possibly-undefined values stay errors.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => void save()}` and `() => setX(y)` are the codebase's deliberate shorthand.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true, ignoreVoidOperator: true }],
      // Both `type` and `interface` name object shapes here (a `type` often sits beside the union
      // or z.infer it belongs with); which keyword is not worth a rule.
      '@typescript-eslint/consistent-type-definitions': 'off',
      // `() => {}` is the deliberate "nothing to do": cleanup that may fail in `finally`, no-op defaults.
      '@typescript-eslint/no-empty-function': 'off',
      // Registry packages are not followed: no cycle of ours can run through them, and walking
      // them was two thirds of this rule's time.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read settings through the config module (server/src/config.ts); process.env is read only there.',
        },
      ],
    },
  },

  // ---- process.env: where it is the program's own configuration ----
  {
    // server/src/config.ts is the server's one reader (zod-parsed). The scripts are entry points
    // whose settings are their own environment (ports, DATABASE_URL, INIT_CWD); the Taro build
    // config, the vitest configs and the build tooling read the build's environment. The server's
    // test harness is the tests' one reader: the engine under test (DATABASE_URL), Redis, and what
    // a child process inherits.
    files: [
      'server/src/config.ts',
      'server/src/testing/harness.ts',
      'scripts/**',
      'miniapp/config/**',
      'miniapp/scripts/**',
      '**/vitest.config.{ts,mts}',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },

  // ---- non-null assertions ----
  {
    files: TESTS,
    rules: {
      // Tests assert on what they just set up; a failing `!` there fails the test, which is the point.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `expect(Taro.navigateTo).toHaveBeenCalledWith(…)` passes a mocked method without calling it.
      '@typescript-eslint/unbound-method': 'off',
      // vitest types its asymmetric matchers (expect.any, expect.stringMatching …) as `any`, and
      // putting them into an expected object is what they are for.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // The search engine's inner loops index typed arrays and posting lists by ids the index
    // itself produced (always in range); a check per access would be noise in the hottest code
    // of the API, and `noUncheckedIndexedAccess` types every such read as possibly undefined.
    files: [
      'bonus',
      'corpus',
      'engine',
      'match',
      'normalize',
      'pinyin-hits',
      'pinyin-index',
      'pinyin-query',
      'postings',
      'query',
      'rank',
      'scratch',
      'shared-characters',
      'suggest',
      'token-index',
      'tokens',
    ].map((f) => `server/src/modules/guides/search/${f}.ts`),
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },

  // ---- the server: platform knows no capability; modules meet through index.ts ----
  {
    files: ['server/src/**'],
    languageOptions: { globals: globals.node },
    rules: {
      // TypeORM declares EntitySchemaOptions as a class but documents (and needs nothing more
      // than) an object literal for `new EntitySchema({ … })`.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            {
              target: 'server/src/platform',
              from: 'server/src/modules',
              message: 'The platform serves every capability and knows none: pass what it needs in from the module.',
            },
            ...modules.flatMap((a) =>
              modules
                .filter((b) => b !== a)
                .map((b) => ({
                  target: `server/src/modules/${a}`,
                  from: `server/src/modules/${b}`,
                  except: ['./index.ts'],
                  message: `A module uses another only through its public interface: import from '../${b}/index'.`,
                })),
            ),
          ],
        },
      ],
    },
  },

  // ---- the mini-app: features stand alone; lib/ and components/ serve them all ----
  {
    files: ['miniapp/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['miniapp/src/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // `process.env.TARO_ENV` is not a setting read at run time: the Taro build replaces it
          // with a constant and drops the other platform's branch (see lib/device.ts), so it is
          // written out in place. Anything else from process.env is refused.
          selector: "MemberExpression[object.name='process'][property.name='env']:not([parent.property.name='TARO_ENV'])",
          message: 'The mini-app has no run-time environment: use the constants the build defines (config/index.ts).',
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            {
              target: ['miniapp/src/lib', 'miniapp/src/components'],
              from: 'miniapp/src/features',
              message:
                "lib/ and components/ serve every feature and import none: move the shared part here, or take a feature page's URL as a prop.",
            },
            // The app shell's tab pages link to features through their pages.ts too.
            ...features.map((b) => ({
              target: 'miniapp/src/pages',
              from: `miniapp/src/features/${b}`,
              except: ['./pages.ts'],
              message: `The app shell links to ${b} through its public navigation contract only: import from '@/features/${b}/pages'.`,
            })),
            ...features.flatMap((a) =>
              features
                .filter((b) => b !== a)
                .map((b) => ({
                  target: `miniapp/src/features/${a}`,
                  from: `miniapp/src/features/${b}`,
                  except: ['./pages.ts'],
                  message: `Features do not import each other (each is its own subpackage): link to ${b}'s pages through '@/features/${b}/pages' (its public navigation contract), or move the shared part to lib/ or components/.`,
                })),
            ),
          ],
        },
      ],
    },
  },

  // ---- plain JavaScript (configs, small build scripts): no type information ----
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['miniapp/babel.config.js'],
    languageOptions: { sourceType: 'commonjs' },
  },

  // Formatting is Prettier's job: turn off every rule that would fight it. Last, so it wins.
  prettier,
);
