/** Jest 30 in native ESM mode; run through `npm test`, which sets --experimental-vm-modules. */
export default {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/support/redis.global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/redis.global-teardown.mjs',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^nestjs-sms$': '<rootDir>/lib/index.ts',
    '^nestjs-sms/testing$': '<rootDir>/lib/testing/index.ts',
    '^nestjs-sms/bullmq$': '<rootDir>/lib/bullmq/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
};
