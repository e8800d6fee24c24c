/**
 * Golden playthroughs: a plain-text record of one path through a story — the choices taken, every
 * line seen, the ending and the final Rapport, Trust and score — so that a story edit that
 * changes what a learner sees or how the relationship moves shows up in review as a diff.
 *
 * Format (one item per line):
 *   # story: lost-face            header comments
 *   Li Wei: Welcome to Shanghai.  a line (speaker name, or none for narration)
 *   > 2. Ask him privately        the choice taken (1-based, as on screen) and its text
 *   = ending: partner · rapport 62 · trust 58 · score 60
 */
import { basename } from 'node:path';
import * as model from '../../src/core/model/index.ts';
import { Session } from '../../src/core/session/session.ts';
import type { SessionView } from '../../src/core/session/types.ts';
import { compileInkFile, formatDiagnostic } from '../ink/compile.ts';

export function loadStoryFile(file: string) {
  const compiled = compileInkFile(file);
  if (!compiled.json) throw new Error(compiled.diagnostics.map(formatDiagnostic).join('\n'));
  return { id: basename(file, '.ink'), hash: 'test', json: compiled.json };
}

/** Play `choices` (0-based indices) through a fresh session and render the golden transcript. */
export function playGolden(file: string, choices: readonly number[], label: string): string {
  const session = new Session(loadStoryFile(file));
  const out: string[] = [`# story: ${basename(file, '.ink')}`, `# path: ${label}`];
  let view: SessionView = session.current;
  let shown = 0;
  const flush = () => {
    for (const line of view.lines.slice(shown)) {
      if (line.kind === 'choice') continue;
      out.push(line.speakerName ? `${line.speakerName}: ${line.text}` : line.text);
    }
    shown = view.lines.length;
  };
  flush();
  for (const index of choices) {
    const choice = view.choices[index];
    if (!choice) {
      out.push(`! choice ${index + 1} is not available here (only ${view.choices.length})`);
      return out.join('\n') + '\n';
    }
    out.push(`> ${index + 1}. ${choice.text}`);
    view = session.choose(index);
    flush();
  }
  const state = session.relationship;
  const cps = state.order.map((id) => state.counterparts[id]!);
  const mean = (f: (cp: model.CounterpartState) => number) =>
    Math.round(cps.reduce((s, cp) => s + f(cp), 0) / Math.max(1, cps.length));
  const ending = view.ended ? (view.ending?.id ?? 'end') : 'not ended';
  out.push(
    `= ending: ${ending} · rapport ${mean(model.shownRapport)} · trust ${mean(model.shownTrust)} · score ${Math.round(model.scenarioScore(state))}`,
  );
  return out.join('\n') + '\n';
}

/** The choices recorded in a golden file (0-based). */
export function choicesOf(golden: string): number[] {
  return [...golden.matchAll(/^> (\d+)\. /gm)].map((m) => Number(m[1]) - 1);
}
