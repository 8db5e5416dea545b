export type { Command, CommandKind, OrderFilters, ParseResult } from './command';
export type { CommandEnv, CustomerLookup } from './deps';
export type { CommandOutcome, OutcomeResult } from './outcome';
export { handleSubmit, handleText, runCommand } from './run-command';
export { runAction, typeAction } from './actions';
export { progressTitle, refreshCommand } from './asked';
export { helpCard } from './help-card';
export { COMMANDS } from './registry';
