// Runs the sandbox alone: `npm run sandbox` (SANDBOX_PORT, default 3979; SANDBOX_LATENCY_MS, default 0;
// SANDBOX_ORDER_COMPLETE_AFTER_S, default 300).
// Its settings are checked by the bot's own configuration schema, so both refuse the same values alike.
import { ConfigError, readSandboxConfig } from '../../src/config';
import { startSandbox } from './server';

async function main(): Promise<void> {
  const config = readSandboxConfig(process.env);
  const sandbox = await startSandbox({
    port: config.sandboxPort,
    latencyMs: config.sandboxLatencyMs,
    orderCompleteAfterS: config.sandboxOrderCompleteAfterS,
    customers: config.sandboxCustomers,
  });
  console.log(`Partner Center sandbox listening on ${sandbox.url}`);
  const stop = () => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
