// ESLint flat config. The rules implement STYLE.md §5 (module boundaries), §6 (code shape and
// naming) and §8 (i18n); each block says which part of the guide it enforces.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import i18next from 'eslint-plugin-i18next';
import { importX } from 'eslint-plugin-import-x';
import n from 'eslint-plugin-n';
import reactHooks from 'eslint-plugin-react-hooks';
import unicorn from 'eslint-plugin-unicorn';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const rootDir = import.meta.dirname;
const tsconfigs = ['tsconfig.json', 'tsconfig.web.json'];

const CODE = '**/*.{ts,tsx,js,mjs,cjs}';
const TYPED_SERVER = [
  'src/server/**/*.ts',
  'src/shared/**/*.ts',
  'test/**/*.ts',
  'scripts/**/*.ts',
  'bench/**/*.ts',
];
const TYPED_WEB = ['src/web/**/*.{ts,tsx}'];
const TYPED = [...TYPED_SERVER, ...TYPED_WEB];
const TESTS = ['test/**', '**/*.test.{ts,tsx}', '**/*.spec.{ts,tsx}'];
// Files a tool loads by default export and that may read the environment (STYLE.md §5, §6).
const TOOL_CONFIGS = ['*.config.{ts,js,mjs,cjs}'];

// §6: no TS enums (use `as const` unions). Kept in every no-restricted-syntax list, because a
// later block that sets the rule replaces the whole list.
const banEnums = [
  {
    selector: 'TSEnumDeclaration',
    message: 'No enums: use an `as const` array and a union type (STYLE.md §6).',
  },
];
// §3/§5: SQL runs only in *.repo.ts and platform/db.
const sqlOnlyInRepos =
  'SQL runs only in *.repo.ts files and src/server/platform/db (STYLE.md §3, §5).';
const banSql = [
  {
    selector:
      'CallExpression[callee.type="MemberExpression"][callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom)$/]',
    message: sqlOnlyInRepos,
  },
  { selector: 'TaggedTemplateExpression[tag.name="sql"]', message: sqlOnlyInRepos },
  { selector: 'CallExpression[callee.object.name="sql"]', message: sqlOnlyInRepos },
];

const resolverOptions = {
  alwaysTryTypes: true,
  noWarnOnMultipleProjects: true,
  project: tsconfigs.map((name) => `${rootDir}/${name}`),
};

export default defineConfig([
  globalIgnores(['dist/', 'var/', 'node_modules/', 'coverage/', 'test-results/', 'docs/']),

  { files: [CODE], ...js.configs.recommended },

  // Type-aware TypeScript: strict-type-checked on every project file, each file in its own tsconfig.
  ...tseslint.configs.strictTypeChecked.map((config) => ({ ...config, files: TYPED })),
  {
    files: TYPED_SERVER,
    languageOptions: {
      globals: globals.node,
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: rootDir },
    },
  },
  {
    // End-to-end specs run in Node but evaluate code in the page: their own tsconfig has DOM types.
    files: ['test/e2e/**/*.ts'],
    languageOptions: {
      parserOptions: { project: './tsconfig.e2e.json', tsconfigRootDir: rootDir },
    },
  },
  {
    files: TYPED_WEB,
    languageOptions: {
      globals: globals.browser,
      parserOptions: { project: './tsconfig.web.json', tsconfigRootDir: rootDir },
    },
  },
  {
    files: TYPED,
    rules: {
      // Numbers and booleans in template literals are unambiguous; forbidding them adds String()
      // noise to every log line and message without catching bugs. Objects, nullish and `any`
      // stay forbidden.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      // Fastify plugins and hooks are async by contract even when they do not await anything.
      '@typescript-eslint/require-await': 'off',
      // `onClick={() => setOpen(false)}` is idiomatic React; the rule still checks statements.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // React event props accept promise-returning handlers; other void-return checks stay on.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      // §6: no namespaces, no `any`, no `!` (already in strict-type-checked; listed to be explicit).
      '@typescript-eslint/no-namespace': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  // Other TypeScript (root tool configs outside any tsconfig): syntax only.
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    ignores: TYPED,
    extends: [tseslint.configs.strict],
    languageOptions: { globals: globals.node },
  },
  // Plain JavaScript (bin/, e2e runner, tool configs) runs in Node.
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: globals.node } },

  // §5, §6: rules for every code file.
  {
    files: [CODE],
    plugins: { 'import-x': importX, n, unicorn },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver(resolverOptions)],
    },
    rules: {
      'unicorn/filename-case': ['error', { case: 'kebabCase' }],
      'import-x/no-default-export': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'n/no-process-env': 'error',
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
      'no-restricted-syntax': ['error', ...banEnums, ...banSql],
    },
  },
  {
    // Tests read raw rows on purpose (encryption at rest, audit rows, "nothing changed").
    files: ['**/*.repo.ts', 'src/server/platform/db/**', ...TESTS, 'scripts/**', 'bench/**'],
    rules: { 'no-restricted-syntax': ['error', ...banEnums] },
  },
  {
    // A routes plugin is a declarative list of small route definitions; each handler stays short,
    // the plugin function that holds them is long by nature.
    files: ['src/server/features/**/*.routes.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 160, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Kysely documents destructuring its expression builder (`({ eb, exists, selectFrom }) => …`);
    // those methods do not use `this`, so unbound-method only reports false positives here.
    files: ['**/*.repo.ts', 'src/server/platform/db/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // test/helpers/test-database.ts picks PostgreSQL when CI sets TEST_DATABASE_URL.
    files: [
      'src/server/config.ts',
      ...TOOL_CONFIGS,
      'test/e2e/**',
      'test/helpers/**',
      'test/cli/**',
      'bench/**',
      'scripts/**',
    ],
    rules: { 'n/no-process-env': 'off' },
  },
  { files: TOOL_CONFIGS, rules: { 'import-x/no-default-export': 'off' } },
  {
    files: ['src/web/**/*.tsx'],
    rules: {
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: TESTS,
    rules: {
      'max-lines-per-function': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `expect(service.method).toHaveBeenCalled()` passes methods unbound on purpose.
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  // §5: module boundaries (see the table in STYLE.md). Imports use package.json subpath imports
  // (#shared/…, #server/…); the TypeScript resolver maps them and `.js` to the `.ts` source.
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'scripts/**/*.ts', 'bench/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: resolverOptions },
      'boundaries/include': ['src/**', 'test/**', 'scripts/**', 'bench/**'],
      'boundaries/files': [{ category: 'test', pattern: '**/*.{test,spec}.{ts,tsx}' }],
      'boundaries/elements': [
        { type: 'shared', pattern: 'src/shared', partialMatch: false },
        { type: 'platform', pattern: 'src/server/platform', partialMatch: false },
        {
          type: 'feature',
          pattern: 'src/server/features/*',
          capture: ['feature'],
          partialMatch: false,
        },
        // main.ts, config.ts, cli/ and any other wiring directly under src/server.
        { type: 'server-root', pattern: 'src/server', partialMatch: false },
        { type: 'web', pattern: 'src/web', partialMatch: false },
        { type: 'test', pattern: 'test', partialMatch: false },
        { type: 'scripts', pattern: 'scripts', partialMatch: false },
        { type: 'bench', pattern: 'bench', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // Unresolved imports are reported by the type checker; only classified files are checked here.
          checkUnknownLocals: false,
          message: 'STYLE.md §5: {{from.type}} may not import {{to.type}} ({{dependency.source}})',
          policies: [
            {
              from: { element: { type: 'shared' } },
              allow: { to: { element: { type: 'shared' } } },
            },
            {
              from: { element: { type: 'platform' } },
              allow: { to: { element: { types: { anyOf: ['shared', 'platform'] } } } },
            },
            {
              from: { element: { type: 'feature' } },
              allow: [
                { to: { element: { types: { anyOf: ['shared', 'platform'] } } } },
                // Its own folder.
                {
                  to: {
                    element: {
                      type: 'feature',
                      captured: { feature: '{{from.captured.feature}}' },
                    },
                  },
                },
                // Another feature only through its public surface.
                { to: { element: { type: 'feature', fileInternalPath: 'index.ts' } } },
              ],
            },
            {
              from: { element: { type: 'server-root' } },
              allow: {
                to: {
                  element: { types: { anyOf: ['shared', 'platform', 'feature', 'server-root'] } },
                },
              },
            },
            {
              from: { element: { type: 'web' } },
              allow: { to: { element: { types: { anyOf: ['shared', 'web'] } } } },
            },
            // test/, scripts/, bench/ and colocated *.test.ts(x) files may import anything.
            {
              from: [
                { element: { types: { anyOf: ['test', 'scripts', 'bench'] } } },
                { file: { categories: 'test' } },
              ],
              allow: [{ to: { element: { type: '*' } } }, { to: { element: { isUnknown: true } } }],
            },
          ],
        },
      ],
    },
  },

  // §8: web code. React hooks rules and no literal UI strings outside the catalogue.
  {
    files: ['src/web/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/web/**/*.tsx'],
    ignores: TESTS,
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          // Text children and literals inside JSX, plus the attributes a user reads or hears.
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'aria-label',
              'aria-description',
              'title',
              'alt',
              'placeholder',
              'label',
              'description',
              'error',
            ],
          },
          words: {
            // Symbols, punctuation and digits (×, →, ·, "—", "3") and CONSTANT_CASE codes are not prose.
            exclude: [/^[\p{P}\p{S}\p{N}\s]+$/u, /^\p{Emoji}+$/u, /^[A-Z0-9_-]+$/],
          },
        },
      ],
    },
  },
]);
