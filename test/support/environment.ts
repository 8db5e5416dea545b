// jest's Node environment, with restify's DEP0111 dropped in the worker process itself: Node emits it on the real
// process object, which test code (running on jest's copy of it) cannot reach.
import '../../src/server/quiet-deprecations';
import { TestEnvironment } from 'jest-environment-node';

export default TestEnvironment;
