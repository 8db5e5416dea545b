import type { Pipeline, PipelinePolicy } from '@azure/core-rest-pipeline';
import {
  ConnectorClient,
  MicrosoftAppCredentials,
  type ConnectorClientOptions,
} from 'botframework-connector';
import { CLEARED_TIMEOUT_PHASE, clearedTimeoutPolicy } from '../net/cleared-timeout';

// The one place that reaches into botbuilder's connector client. Its options offer no retry setting (botbuilder-
// stdlib builds core-client's ServiceClient without retryOptions) and `httpClient` is core-http's old
// interface, so the reply policy is put into the client's core-rest-pipeline Pipeline, a private field of
// botbuilder-stdlib's ServiceClientContext (botbuilder 4.23 is the last release, so it stays put). The
// per-attempt timeout needs no private access: PipelineRequest.timeout is core-rest-pipeline's public field.
// The shape is checked at start-up (assertConnectorPipeline) and pinned by test/bot/connector-contract.test.ts.

/** The name core-rest-pipeline gives its default retry policy (not exported by the package). */
export const DEFAULT_RETRY_POLICY_NAME = 'defaultRetryPolicy';

type ConnectorPipeline = Pick<Pipeline, 'addPolicy' | 'removePolicy' | 'getOrderedPolicies'>;

/** botbuilder's connector client is not the shape the reply policy was written for: the bot must not start. */
export class ConnectorShapeError extends Error {
  constructor(what: string) {
    super(
      `botbuilder's connector client has changed (${what}): replies would have no timeout, retry bound or pacing`,
    );
    this.name = 'ConnectorShapeError';
  }
}

/** The core-rest-pipeline Pipeline of a botbuilder ConnectorClient; throws ConnectorShapeError when it is not there. */
export function connectorPipeline(connectorClient: unknown): ConnectorPipeline {
  const pipeline = (connectorClient as { client?: { pipeline?: Partial<Pipeline> } } | undefined)?.client
    ?.pipeline;
  if (
    typeof pipeline?.addPolicy !== 'function' ||
    typeof pipeline.removePolicy !== 'function' ||
    typeof pipeline.getOrderedPolicies !== 'function'
  )
    throw new ConnectorShapeError('no core-rest-pipeline Pipeline at client.pipeline');
  return pipeline as ConnectorPipeline;
}

/** Puts `policy` in place of the connector client's default retry, and attempt timeouts that are always cleared. */
export function replaceRetry(connectorClient: unknown, policy: PipelinePolicy): void {
  const pipeline = connectorPipeline(connectorClient);
  pipeline.removePolicy({ name: DEFAULT_RETRY_POLICY_NAME });
  pipeline.removePolicy({ name: policy.name });
  pipeline.addPolicy(policy, { phase: 'Retry' });
  const timeout = clearedTimeoutPolicy();
  pipeline.removePolicy({ name: timeout.name });
  pipeline.addPolicy(timeout, CLEARED_TIMEOUT_PHASE);
}

/** Adds `policy` after the retry phase, so that each attempt passes it. */
export function addAfterRetry(connectorClient: unknown, policy: PipelinePolicy): void {
  const pipeline = connectorPipeline(connectorClient);
  pipeline.removePolicy({ name: policy.name });
  pipeline.addPolicy(policy, { afterPhase: 'Retry' });
}

/** Adds `policy` right after the client has serialized the request body (see card-bytes.ts). */
export function addAfterSerialize(connectorClient: unknown, policy: PipelinePolicy): void {
  const pipeline = connectorPipeline(connectorClient);
  pipeline.removePolicy({ name: policy.name });
  pipeline.addPolicy(policy, { afterPhase: 'Serialize' });
}

/**
 * At start-up: a connector client made as CloudAdapter makes one for each turn (the same class and options) has a
 * Pipeline with core-rest-pipeline's default retry in it. Throws ConnectorShapeError otherwise.
 */
export function assertConnectorPipeline(options: ConnectorClientOptions = {}): void {
  const client = new ConnectorClient(MicrosoftAppCredentials.Empty, {
    ...options,
    baseUri: 'https://smba.trafficmanager.net/teams/',
  });
  const names = connectorPipeline(client)
    .getOrderedPolicies()
    .map((policy) => policy.name);
  if (!names.includes(DEFAULT_RETRY_POLICY_NAME))
    throw new ConnectorShapeError(`no ${DEFAULT_RETRY_POLICY_NAME} among ${names.join(', ')}`);
}
