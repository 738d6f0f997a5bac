// Jest runs TypeScript through SWC as native ESM (NestJS 12 ships ESM only).
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2023',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  // Subpath imports (package.json "imports") point at dist/; tests run the sources.
  moduleNameMapper: {
    '^#(config|db|queue|mail|core)/(.*)\\.js$': '<rootDir>/libs/$1/src/$2',
    '^#(api|worker)/(.*)\\.js$': '<rootDir>/apps/$1/src/$2',
    // The web app's own alias (apps/web/tsconfig.json), for its unit tests.
    '^@/(.*)$': '<rootDir>/apps/web/src/$1',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};

/** @type {import('jest').Config} */
export default {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
      slowTestThreshold: 30,
    },
  ],
  testTimeout: 60_000,
  // Two test files at once: the end-to-end files spend most of their time waiting for fire
  // times and other processes, so two of them share the two cores without starving each other.
  maxWorkers: 2,
  testEnvironmentOptions: { globalsCleanup: 'on' },
};
