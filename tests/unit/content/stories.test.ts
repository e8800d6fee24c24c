/**
 * Every story in stories/: the analyzer finds no errors (no dead ends, every declared ending
 * reachable, every choice with a coach note and a relationship event), and the golden
 * playthroughs still play exactly as recorded.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeStoryCached } from '../../../build/analysis/cache.ts';
import { compileInkFile } from '../../../build/ink/compile.ts';
import { choicesOf, playGolden } from '../../../build/analysis/golden.ts';
import { problemsOf } from '../../../build/analysis/report.ts';

const storiesDir = resolve(__dirname, '../../../stories');
const goldenDir = resolve(__dirname, '../../golden');
const stories = readdirSync(storiesDir)
  .filter((f) => f.endsWith('.ink'))
  .sort();

describe('stories', () => {
  it('there are stories to check', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  for (const file of stories) {
    describe(file, () => {
      // Cached by story and analyzer source (build/analysis/cache.ts): the build reuses it.
      const path = join(storiesDir, file);
      const report = analyzeStoryCached(path, compileInkFile(path).json ?? '');

      it('has no analyzer errors', () => {
        expect(problemsOf(report)).toEqual([]);
      });

      it('declares endings and reaches every one of them', () => {
        expect(report.endings.length).toBeGreaterThanOrEqual(2);
        expect(report.reachableEndings).toEqual(report.endings);
      });

      it('spreads the score: the best path scores clearly above the worst', () => {
        expect(report.score.max - report.score.min).toBeGreaterThan(10);
      });

      for (const label of ['best', 'worst'] as const) {
        const golden = join(goldenDir, `${file.replace(/\.ink$/, '')}.${label}.txt`);
        it(`replays its ${label} golden playthrough exactly`, () => {
          expect(existsSync(golden), `missing ${golden}: run npm run golden and review it`).toBe(true);
          const expected = readFileSync(golden, 'utf8');
          const actual = playGolden(join(storiesDir, file), choicesOf(expected), label);
          expect(
            actual,
            'the story plays differently: if intended, run npm run golden and review the diff',
          ).toBe(expected);
        });
      }
    });
  }
});
