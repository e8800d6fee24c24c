/** Turning analyzer reports into a verdict (what counts as an error) and a readable table. */
import type { StoryReport } from './analyzer.ts';
import type { ModuleTeaching, OverallTeaching } from './across-stories.ts';
import { barProblems } from './teaching.ts';

/** Problems that make `npm run stories` fail, in words an author can act on. */
export function problemsOf(r: StoryReport): string[] {
  const out = [...r.errors];
  // A story that does not compile or stops with an error on some path: everything else measured
  // (endings reached, dead ends, the teaching bars) follows from those errors — say so once.
  if (r.errors.length)
    return [
      ...out,
      'fix the errors above first: endings, dead ends and the teaching bars are checked once every path plays through',
    ];
  const hasEndings = r.endings.length > 0;
  if (hasEndings) {
    for (const d of r.deadEnds.slice(0, 5)) {
      out.push(
        `dead end: the path ${JSON.stringify(d.choices.map((c) => c + 1))} stops at ${d.where ?? '?'} without an ending — add "# ending:" tags or divert to an ending knot`,
      );
    }
    if (r.deadEnds.length > 5) out.push(`… and ${r.deadEnds.length - 5} more dead ends`);
    for (const e of r.endings) {
      if (!r.reachableEndings.includes(e))
        out.push(`ending "${e}" is never reached by any path — check the conditions that lead to it`);
    }
  }
  for (const c of r.choicesWithoutNote) out.push(`choice "${c.text}" (${c.source}) has no "# coach:" note`);
  for (const c of r.choicesWithoutEvent) {
    out.push(
      `choice "${c.text}" (${c.source}) leads to no relationship event on some path — call gain/loss/face_threat/… after it`,
    );
  }
  if (r.capped) {
    const where = r.cappedAt
      ? ` They pile up at "${r.cappedAt.scene}" (${r.cappedAt.states} of them): the paths reaching it still differ there (in variables, visits or the relationship), so each is explored on its own.`
      : '';
    out.push(
      `exploration stopped after ${r.statesExplored} distinct states, the analyzer's budget: the story's paths do not rejoin often enough to be checked.${where} Let branches meet again (a gather, or a shared next scene), give wrong options of the same kind the same consequence, or keep a path near a dozen choices (docs/authoring.md, "How big a story can be"); \`npm run stories -- --max-states 60000 ${r.file ? r.file.split('/').slice(-2).join('/') : 'stories/x.ink'}\` looks further, but the build and the tests keep the budget. The teaching bars are checked once the whole story is explored`,
    );
  }
  // Bars measured on part of a story mislead ("1 choice point", "add # pass_mark: 0"): they wait
  // until the whole story can be explored.
  if (!r.capped) out.push(...barProblems(r.teaching?.bars ?? []));
  return out;
}

/** Each counterpart's figures and each business request, as lines (`npm run stories -- --figures`). */
export function figuresOf(r: StoryReport): string[] {
  const span = (x: { min: number; max: number }) => `${Math.round(x.min)}–${Math.round(x.max)}`;
  const out = [`${r.id} — each counterpart over the paths that end, then by ending:`];
  for (const c of r.counterparts) {
    out.push(`  ${c.name}: Rapport ${span(c.rapport)} · Trust ${span(c.trust)}`);
    for (const [ending, e] of Object.entries(c.byEnding).sort(([a], [b]) => a.localeCompare(b)))
      out.push(`    ending "${ending}": Rapport ${span(e.rapport)} · Trust ${span(e.trust)}`);
  }
  if (!r.counterparts.length) out.push('  (no counterpart declared)');
  const random = r.teaching?.random;
  if (random && r.best)
    out.push(
      `  pass mark: ${r.teaching.passMark ?? 'none set'} (# pass_mark:); the smallest that random play reaches at most 10 % of the time: ${random.suggestedPassMark}`,
    );
  for (const a of r.businessAsks)
    out.push(
      `  business_ask("${a.who}", …) at ${a.source}: ${
        a.granted && a.refused
          ? 'granted on some paths, refused on others'
          : a.granted
            ? 'granted on every path that makes it'
            : 'refused on every path that makes it — no learner can succeed with it'
      }`,
    );
  return out;
}

/** Warnings that do not fail the run. */
export function warningsOf(r: StoryReport): string[] {
  const out = [...r.warnings];
  if (r.errors.length) return out; // reachability follows from the errors (see problemsOf)
  if (r.endings.length === 0) out.push('no "# ending:" tags: every end counts as an unnamed ending');
  for (const k of r.unreachableKnots) out.push(`knot "${k}" is never reached`);
  return out;
}

export function formatTable(reports: readonly StoryReport[]): string {
  const header = [
    'story',
    'choice pts',
    'endings',
    'paths',
    'longest',
    'rapport',
    'trust',
    'score',
    'guess',
    'P(pass)',
    'bars',
    'ms',
    'status',
  ];
  const rows = reports.map((r) => [
    r.id,
    String(r.choicePoints),
    `${r.reachableEndings.length}/${r.endings.length}`,
    `${r.capped ? '≥' : ''}${r.paths}`,
    String(r.longestPath),
    `${r.rapport.min}–${r.rapport.max}`,
    `${r.trust.min}–${r.trust.max}`,
    `${r.score.min}–${r.score.max}`,
    guessCell(r),
    passCell(r),
    barsCell(r),
    String(r.ms),
    problemsOf(r).length ? `${problemsOf(r).length} error(s)` : 'ok',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The best guessing strategy's share of the best score. */
function guessCell(r: StoryReport): string {
  const shares = (r.teaching?.strategies ?? []).map((s) => s.share);
  return shares.length ? `${Math.round(Math.max(...shares) * 100)} %` : '–';
}

function passCell(r: StoryReport): string {
  const p = r.teaching?.random.pass;
  return p === null || p === undefined ? '–' : `${(Math.round(p * 1000) / 10).toFixed(1)} %`;
}

/** Teaching bars met / checked. */
function barsCell(r: StoryReport): string {
  const bars = r.teaching?.bars ?? [];
  if (!bars.length) return '–';
  return `${bars.filter((b) => b.ok).length}/${bars.length}`;
}

/** A module's problems (random play passes too often). */
export function moduleProblems(m: ModuleTeaching): string[] {
  return barProblems(m.bars);
}

/** The cross-story bars' problems (every story analysed together). */
export function overallProblems(o: OverallTeaching): string[] {
  return barProblems(o.bars);
}

export function formatModules(modules: readonly ModuleTeaching[]): string {
  const header = ['module', 'scenarios', 'pass mark', 'P(pass)', 'status'];
  const rows = modules.map((m) => {
    return [
      m.id,
      m.scenarios.join(', '),
      String(m.passMark),
      `${(Math.round(m.pass * 1000) / 10).toFixed(1)} %`,
      moduleProblems(m).length ? 'error' : 'ok',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
