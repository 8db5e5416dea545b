/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: '<rootDir>/test/support/environment.ts',
  roots: ['<rootDir>/test'],
  // Transpile only (ts-jest reads `isolatedModules` from tsconfig.json): `npm test` type-checks the whole tree
  // with tsc first, so jest need not check each file again in every worker (that was most of the suites' CPU).
  transform: { '^.+\\.ts$': 'ts-jest' },
  setupFilesAfterEnv: ['<rootDir>/test/support/card-engine-check.ts'],
  // Most suites wait on sockets and child processes, not the CPU: on 2 cores, 3 workers finish sooner than
  // jest's default of cores - 1 (one worker there). A number: '150%' made jest start 150 workers.
  maxWorkers: 3,
  testTimeout: 20000,
};
