/** `npm run stories` end to end: worker threads, order of results, the JSON shape the issue asks for. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run stories', () => {
  it('analyses stories in parallel workers and prints one JSON array in the order asked', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'build/stories.ts',
        '--json',
        '--no-cache',
        'stories/south-of-london.ink',
        'stories/handover.ink',
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const reports = JSON.parse(out) as Record<string, unknown>[];
    expect(reports.map((r) => r.id)).toEqual(['south-of-london', 'handover']);
    for (const r of reports) {
      for (const key of [
        'title',
        'choicePoints',
        'endings',
        'reachableEndings',
        'deadEnds',
        'unreachableKnots',
        'rapport',
        'trust',
        'score',
        'paths',
      ])
        expect(r, key).toHaveProperty(key);
      expect(r.problems).toEqual([]);
      expect(r.reachableEndings).toEqual(r.endings);
      // Every teaching bar of issue #15 §2, with its figures, whether the story passes it or not.
      const teaching = r.teaching as { bars: Record<string, unknown>[]; strategies: unknown[] };
      expect(teaching.strategies).toHaveLength(4);
      expect(teaching.bars.length).toBeGreaterThan(10);
      for (const b of teaching.bars)
        expect(Object.keys(b).sort()).toEqual(['id', 'measured', 'message', 'ok', 'target']);
      expect(r).toHaveProperty('modules');
      // A file was named: no cross-story bar.
      expect(r).not.toHaveProperty('overall');
    }
  }, 120_000);

  it('exits 1 when a story misses a teaching bar, and says which', () => {
    let out = '';
    let status = 0;
    try {
      execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'build/stories.ts',
          '--json',
          '--no-cache',
          'tests/unit/build/analysis/fixtures/position.ink',
        ],
        { encoding: 'utf8', timeout: 120_000 },
      );
    } catch (e) {
      const err = e as { status: number; stdout: string };
      status = err.status;
      out = err.stdout;
    }
    expect(status).toBe(1);
    const [r] = JSON.parse(out) as {
      problems: string[];
      teaching: { bars: { id: string; ok: boolean }[] };
    }[];
    expect(r!.problems).toHaveLength(1);
    expect(r!.problems[0]).toMatch(/^position: /);
    expect(r!.teaching.bars.filter((b) => !b.ok).map((b) => b.id)).toEqual(['position']);
  }, 120_000);
});
