/** @type {import('jest').Config} */
module.exports = {
  // The tests run compiled: `npm test` type-checks and emits the whole tree (tsc) before jest starts, so jest
  // loads plain JavaScript from dist/ and transforms nothing.
  roots: ['<rootDir>/dist/test'],
  testMatch: ['**/*.test.js'],
  // Each worker thread loads modules once and keeps them between test files, where jest's own runner loads
  // botbuilder, restify and the app again for every file (most of the suites' CPU). Tests therefore leave no
  // state behind in modules (test/support/light-runner.ts lists what this runner adds to it).
  runner: 'jest-light-runner',
  // restify's DEP0111 dropped in each worker, where Node emits it.
  setupFiles: ['<rootDir>/dist/src/server/quiet-deprecations.js'],
  setupFilesAfterEnv: [
    '<rootDir>/dist/test/support/light-runner.js',
    '<rootDir>/dist/test/support/card-engine-check.js',
  ],
  testSequencer: '<rootDir>/dist/test/support/sequencer.js',
  // Many suites wait on sockets, child processes and Retry-After, not the CPU: more workers than cores.
  maxWorkers: 6,
};
