/** The stories a command works on: the .ink files named on its command line, else every story in stories/. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function storyFiles(named: readonly string[], dir = resolve('stories')): string[] {
  return named.length
    ? named.map((f) => resolve(f))
    : readdirSync(dir)
        .filter((f) => f.endsWith('.ink'))
        .sort()
        .map((f) => join(dir, f));
}
