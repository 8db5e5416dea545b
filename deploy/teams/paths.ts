import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The folder of the project's package.json, found by walking up from `start`: the same answer from the sources
 * (deploy/teams, under ts-jest) and from the build (dist/deploy/teams).
 */
export function findRepoRoot(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
}
