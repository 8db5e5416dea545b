// The customer directory: the partner's customer list, loaded once for all instances and resolved locally.
export {
  CustomerDirectory,
  DEFAULT_DIRECTORY_REFRESH_MS,
  type DirectoryOptions,
  type DirectoryState,
} from './customer-directory';
export { CustomerIndex, type DirectoryMatch, type MatchCost } from './match';
export { MemoryDirectoryStore, type DirectorySnapshot, type DirectoryStore } from './store';
