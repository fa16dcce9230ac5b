import base from '../jest.config.js';

/** Benchmarks reuse the test setup (TypeScript, stand-ins) but live apart from the tests. */
export default {
  ...base,
  rootDir: '..',
  roots: ['<rootDir>/bench'],
  testMatch: ['**/*.bench.ts'],
  testTimeout: 600_000,
};
