import js from '@eslint/js';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * Libraries point one way: config → db → queue → mail → core → apps. Each layer may import the
 * ones before it, never the ones after; nothing climbs directories with `../../` (subpath
 * imports such as `#core/...` say where a file comes from instead).
 */
const LAYERS = ['config', 'db', 'queue', 'mail', 'core'];
const APPS = ['api', 'worker'];
const noLadders = {
  regex: '^\\.\\./\\.\\./',
  message: 'Import with a subpath alias (#core/..., #db/...), not ../../',
};

/**
 * The apps, the tests under test/ and the benchmarks see a core feature only through its front door (its index.ts),
 * plus the CoreModule that wires them all.
 */
const frontDoorsOnly = {
  regex: '^#core/[^/]+/(?!index\\.js$)',
  message:
    'Import a core feature through its front door (#core/<feature>/index.js) or #core/core.module.js',
};

/**
 * `forbidden`: aliases (without `#`) this part of the tree may not import; `extra`: more
 * refused patterns.
 */
function importRules(forbidden, extra = []) {
  const boundary = {
    regex: `^#(${forbidden.join('|')})/`,
    message: 'Libraries point one way: config → db → queue → mail → core → apps',
  };
  return {
    'no-restricted-imports': [
      'error',
      { patterns: [noLadders, ...(forbidden.length ? [boundary] : []), ...extra] },
    ],
  };
}

const layerRules = LAYERS.map((layer, index) => ({
  files: [`libs/${layer}/**/*.ts`],
  rules: importRules([...LAYERS.slice(index + 1), ...APPS]),
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'libs/db/src/migrations/*-*.ts',
      'apps/web/src/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    // No consistent-type-imports: Nest's dependency injection needs constructor types imported as values.
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // Tests of a feature's internals sit beside them in libs (*.spec.ts) and may import them.
  { files: ['test/**/*.ts', 'bench/**/*.ts'], rules: importRules([], [frontDoorsOnly]) },
  { files: ['apps/api/**/*.ts'], rules: importRules(['worker'], [frontDoorsOnly]) },
  { files: ['apps/worker/**/*.ts'], rules: importRules(['api'], [frontDoorsOnly]) },
  ...layerRules,
  // The web app runs in browsers and reaches the rest of Gofar only over HTTP; inside it,
  // `@/…` (apps/web/src) says where a file comes from instead of `../../`.
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { ...noLadders, message: 'Import with the @/ alias (apps/web/src), not ../../' },
            { regex: '^#', message: 'The web app talks to the API over HTTP only' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);
