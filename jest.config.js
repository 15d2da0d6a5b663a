// One Jest run, four projects: the shared package (catalogues, pure helpers), the API (through HTTP against a real database), the web app
// (React Testing Library in jsdom) and end-to-end (the built app in Chromium).
// The API project runs against PGlite, or PostgreSQL when TEST_DATABASE=postgres.
const swcNode = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const swcWeb = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const shared = { '^@samhandling/shared$': '<rootDir>/packages/shared/src/index.ts' };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'shared',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/packages/shared/src/**/*.test.ts'],
      transform: { '^.+\\.ts$': swcNode },
    },
    {
      displayName: 'api',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/apps/api/src/**/*.test.ts'],
      transform: { '^.+\\.ts$': swcNode },
      moduleNameMapper: shared,
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'web',
      rootDir: __dirname,
      testEnvironment: '<rootDir>/apps/web/jest.environment.cjs',
      testMatch: ['<rootDir>/apps/web/src/**/*.test.{ts,tsx}'],
      transform: { '^.+\\.(ts|tsx|js|mjs)$': swcWeb },
      transformIgnorePatterns: ['/node_modules/(?!.pnpm|@digdir|@apollo|rxjs)'],
      moduleNameMapper: {
        ...shared,
        // The Designsystemet features the built app loads, not the whole package (apps/web/vite.config.ts).
        '^@digdir/designsystemet-web$': '<rootDir>/apps/web/src/lib/designsystemet-web.ts',
        '\\.(css|svg|png)$': 'identity-obj-proxy',
        '^virtual:locale-catalogs$': '<rootDir>/apps/web/src/test-utils/locale-catalogs.ts',
      },
      setupFilesAfterEnv: ['<rootDir>/apps/web/src/test-utils/setup.ts'],
    },
    {
      displayName: 'e2e',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      transform: { '^.+\\.ts$': swcNode },
    },
  ],
};
