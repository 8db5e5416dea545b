// An embedded Partner Center sandbox: a real HTTP server speaking the Partner Center REST API (and the
// Entra token endpoint), with fixture customers and orders and knobs for latency and faults.
export { startSandbox, type Sandbox, type SandboxOptions } from './server';
export type { FaultRule, KnobValues, SandboxKnobs } from './knobs';
export type { RecordedRequest } from './recorder';
export { SANDBOX_TOKEN } from './token-store';
export { PC_ERROR_CODES } from './http/errors';
export * from './fixtures/ids';
