// Runs the sandbox alone: `npm run sandbox` (port from SANDBOX_PORT, default 3979).
import { startSandbox } from './server';

async function main(): Promise<void> {
  const port = Number(process.env.SANDBOX_PORT || 3979);
  const latencyMs = Number(process.env.SANDBOX_LATENCY_MS || 0);
  const sandbox = await startSandbox({ port, latencyMs });
  console.log(`Partner Center sandbox listening on ${sandbox.url}`);
  const stop = () => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
