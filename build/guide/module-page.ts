/**
 * A module's facilitator's guide: its title, summary and objectives, the scenarios in order with
 * the running time of each and a link to its guide, and the pass mark. Words from the module file
 * (stories/modules/*.json) and the scenarios' own tags; running times from their guides.
 */
import type { ModuleDefinition } from '../../src/core/modules/module.ts';
import { andList, esc, guidePage, scenarioGuideFile } from './page.ts';

export interface ModuleScenario {
  id: string;
  title: string;
  summary: string;
  /** The scenario guide's running time with a group, and alone (`# minutes:`). */
  minutes: number;
  alone: number | null;
}

/** `file`: the module's file as the footer names it (`stories/modules/asia-partners.json`). */
export function moduleGuidePage(
  m: ModuleDefinition,
  scenarios: readonly ModuleScenario[],
  file: string,
): string {
  const total = scenarios.reduce((s, x) => s + x.minutes, 0);
  const titleOf = (id: string) => scenarios.find((s) => s.id === id)?.title ?? id;
  const lead = `${m.summary ? `<p class="summary">${esc(m.summary)}</p>` : ''}
<p class="facts">${esc(
    [
      `${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'}`,
      `about ${total} minutes with a group`,
      `pass mark ${m.passMark}`,
    ].join(' · '),
  )}</p>`;
  const objectives = `<section id="objectives" aria-labelledby="objectives-title">
<h2 id="objectives-title">Objectives</h2>
<ul>${m.objectives
    .map(
      (o) =>
        `<li>${esc(o.text)} <span class="muted">(${esc(andList(o.scenarios.map(titleOf)))}${
          o.minScore !== m.passMark ? `; met at a score of ${o.minScore} in each` : ''
        })</span></li>`,
    )
    .join('')}</ul>
</section>`;
  const rows = scenarios
    .map(
      (s, i) =>
        `<tr><td class="num">${i + 1}</td><th scope="row"><a href="${scenarioGuideFile(s.id)}">${esc(s.title)}</a>${
          s.summary ? `<p class="muted">${esc(s.summary)}</p>` : ''
        }</th><td class="num">${s.minutes}</td><td class="num">${s.alone ?? '—'}</td></tr>`,
    )
    .join('\n');
  const order = `<section id="scenarios" aria-labelledby="scenarios-title">
<h2 id="scenarios-title">The scenarios, in order</h2>
<p>${
    m.sequential
      ? 'A learner opens each scenario when the one before it is finished.'
      : 'A learner may play the scenarios in any order.'
  } Each title opens the scenario's own guide.</p>
<table class="module-scenarios">
<caption>Scenarios and running times (minutes)</caption>
<thead><tr><th scope="col" class="num">Order</th><th scope="col">Scenario</th><th scope="col" class="num">With a group</th><th scope="col" class="num">Alone</th></tr></thead>
<tbody>${rows}
<tr><td></td><th scope="row">Total</th><td class="num">${total}</td><td class="num">${scenarios.reduce((s, x) => s + (x.alone ?? 0), 0) || '—'}</td></tr></tbody>
</table>
<p>The time with a group is each scenario guide's estimate: the decisions on a typical path, the discussion prompts and a debrief.</p>
</section>`;
  const pass = `<section id="pass" aria-labelledby="pass-title">
<h2 id="pass-title">Pass mark</h2>
<p>The module is passed when every scenario is finished and the average of the best scores reaches <strong>${m.passMark}</strong>. An objective is met when each of its scenarios scores at least its mark (${m.passMark} unless the objective says otherwise).</p>
</section>`;
  return guidePage({
    title: m.title,
    kicker: "Facilitator's guide to the module",
    lead,
    contents: [
      { id: 'objectives', label: 'Objectives' },
      { id: 'scenarios', label: 'The scenarios, in order' },
      { id: 'pass', label: 'Pass mark' },
    ],
    main: [objectives, order, pass].join('\n'),
    madeFrom: `Made when the game was built, from <code>${esc(file)}</code> and the scenarios' stories.`,
  });
}
