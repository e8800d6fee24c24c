/** `npm run stories` end to end: worker threads, order of results, the JSON shape the issue asks for. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** `npm run stories` with these arguments: its exit status and what it printed. */
const run = (args: string[]) => {
  try {
    return {
      status: 0,
      stdout: execFileSync(process.execPath, ['--import', 'tsx', 'build/stories.ts', ...args], {
        encoding: 'utf8',
        timeout: 120_000,
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
      stderr: '',
    };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, stdout: err.stdout, stderr: err.stderr };
  }
};

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
    const { status, stdout: out } = run([
      '--json',
      '--no-cache',
      'tests/unit/build/analysis/fixtures/position.ink',
    ]);
    expect(status).toBe(1);
    const [r] = JSON.parse(out) as {
      problems: string[];
      teaching: { bars: { id: string; ok: boolean }[] };
    }[];
    expect(r!.problems).toHaveLength(1);
    expect(r!.problems[0]).toMatch(/^position: /);
    expect(r!.teaching.bars.filter((b) => !b.ok).map((b) => b.id)).toEqual(['position']);
  }, 120_000);

  it('prints what it does on --help, without analysing anything, and names an unknown option', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(
      /--max-states N +explore up to N distinct states per story \(default 20000\)/,
    );
    expect(help.stdout).not.toMatch(/stories analysed/);
    const wrong = run(['--maxstates', '5']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/Unknown option --maxstates\./);
  }, 60_000);

  it('says what to do when a story is too big to explore within the budget', () => {
    const capped = run(['--max-states', '40', '--no-cache', 'stories/south-of-london.ink']);
    expect(capped.status).toBe(1);
    expect(capped.stdout).toMatch(
      /exploration stopped after 40 distinct states, the analyzer's budget: .*They pile up at "[\w.]+" \(\d+ of them\).*Let branches meet again .*How big a story can be.*--max-states 60000 stories\/south-of-london\.ink/,
    );
    // No bars measured on the part explored (they would say "1 choice point", "add # pass_mark: 0").
    expect(capped.stdout).not.toMatch(/choice points|pass_mark|guessing/);
  }, 120_000);

  it('reports an error a path meets once, without the follow-on errors it causes', () => {
    // tests/fixtures/analysis/memo-error.ink: "yan" is declared on one path only, so the other
    // path stops with an author error — the endings it no longer reaches are not errors of their own.
    const out = run(['--no-cache', 'tests/fixtures/analysis/memo-error.ink']);
    expect(out.status).toBe(1);
    const errors = out.stdout.split('\n').filter((l) => /^\s+(\S+:\d+: )?error: /.test(l));
    expect(
      errors.some((l) =>
        /no counterpart "yan" has been declared .*\(at tests\/fixtures\/analysis\/memo-error\.ink:\d+\)/.test(
          l,
        ),
      ),
    ).toBe(true);
    expect(errors.at(-1)).toMatch(
      /fix the errors above first: endings, dead ends and the teaching bars are checked once every path plays through/,
    );
    expect(out.stdout).not.toMatch(/never reached|guessing:|score: the best path/);
  }, 60_000);
});
