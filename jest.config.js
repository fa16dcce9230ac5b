/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  // A guard against a hang, not a speed check (speed lives in npm run bench): wide enough for
  // the end-to-end files on a shared 2-core machine with another job beside them.
  testTimeout: 90_000,
  // One worker per core: the end-to-end files start git, QA and sandbox processes of their own,
  // so more workers than cores only make each of them wait longer for the CPU.
  maxWorkers: 2,
};
