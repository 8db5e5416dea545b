/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: '<rootDir>/test/support/environment.ts',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  setupFilesAfterEnv: ['<rootDir>/test/support/card-engine-check.ts'],
  // Most suites wait on sockets and child processes, not the CPU: on 2 cores, 3 workers finish sooner than
  // jest's default of cores - 1 (one worker there).
  maxWorkers: '150%',
  testTimeout: 20000,
};
