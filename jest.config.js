/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // A timeout catches a hang, never slowness: on a loaded two-core machine a 1-second test can
  // take 15 s (measured at load 27), so jest's 5 s default failed sound tests.
  testTimeout: 120_000,
  // The production build, made once per run before the test files start (test/global-setup.ts).
  globalSetup: '<rootDir>/test/global-setup.ts',
  // ECharts' ES-module entry points, for Jest (see test/support/echarts-installers.js).
  moduleNameMapper: {
    '^echarts/core$': 'echarts',
    '^echarts/(charts|components|renderers)$': '<rootDir>/test/support/echarts-installers.js',
  },
};
