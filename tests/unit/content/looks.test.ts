/** The stories' looks file is valid, and every character it casts is a counterpart of some story. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksProblems } from '../../../build/looks.ts';
import { parseLooks } from '../../../src/core/looks.ts';

const dir = resolve(__dirname, '../../../stories');

describe('stories/looks.json', () => {
  it('has no mistakes', () => {
    expect(looksProblems(dir)).toEqual([]);
  });

  it('casts only counterparts the stories declare', () => {
    const declared = new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith('.ink'))
        .flatMap((f) =>
          [...readFileSync(resolve(dir, f), 'utf8').matchAll(/counterpart\("([^"]+)"/g)].map((m) => m[1]),
        ),
    );
    const { looks } = parseLooks(JSON.parse(readFileSync(resolve(dir, 'looks.json'), 'utf8')));
    expect(Object.keys(looks).filter((id) => !declared.has(id))).toEqual([]);
  });
});
