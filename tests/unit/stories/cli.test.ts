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
        'tools/stories.ts',
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
    }
  }, 120_000);
});
