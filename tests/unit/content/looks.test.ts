/**
 * The stories' looks file is valid, and every character it casts is a counterpart of some story or a
 * named speaker of some story (`guest-<name>`, as docs/authoring.md describes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksProblems } from '../../../build/looks.ts';
import { parseLooks } from '../../../src/core/looks.ts';
import { guestId } from '../../../src/views/stage/cast.ts';

const dir = resolve(__dirname, '../../../stories');

describe('stories/looks.json', () => {
  it('has no mistakes', () => {
    expect(looksProblems(dir)).toEqual([]);
  });

  it('casts only counterparts the stories declare and speakers they name', () => {
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.ink'))
      .map((f) => readFileSync(resolve(dir, f), 'utf8'));
    const declared = new Set([
      ...texts.flatMap((t) => [...t.matchAll(/counterpart\("([^"]+)"/g)].map((m) => m[1])),
      ...texts.flatMap((t) => [...t.matchAll(/#\s*speaker:\s*([^#\n]+)/g)].map((m) => guestId(m[1]!.trim()))),
    ]);
    const { looks } = parseLooks(JSON.parse(readFileSync(resolve(dir, 'looks.json'), 'utf8')));
    expect(Object.keys(looks).filter((id) => !declared.has(id))).toEqual([]);
  });
});
