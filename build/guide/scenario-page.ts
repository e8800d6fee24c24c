/**
 * A scenario's facilitator's guide as a printable page: learning objectives, running time, the
 * roles and the situation, then the decision points, the discussion prompts and the endings
 * (decisions-page.ts), and the source passages as a handout. Headings and labels are written here;
 * every other word comes from the guide's data (scenario-data.ts).
 */
import { decisionsSection, endingsSection, promptsSection } from './decisions-page.ts';
import { andList, esc, guidePage, moduleGuideFile, section } from './page.ts';
import { ROOM_MINUTES, type ScenarioGuide } from './scenario-data.ts';

/** The culture profile's five figures, as counterpart(...) declares them (stories/lib/rapport.ink). */
const PROFILE: readonly (readonly [string, string])[] = [
  ['Relationship orientation', '0 task-based trust, 1 relationship-based trust'],
  ['Power distance', '0 flat, 1 hierarchical'],
  ['Collectivism', '0 individualist, 1 collectivist'],
  ['Directness', '0 high-context (indirect), 1 low-context (direct)'],
  ['Flexibility', '0 universalist (rules), 1 particularist (relationships)'],
];

export function scenarioGuidePage(g: ScenarioGuide): string {
  const facts = [
    `About ${g.time.total} minutes with a group`,
    g.info.minutes ? `${g.info.minutes} minutes played alone` : null,
    `${g.decisions.length} decision points`,
    `${g.endings.length} endings`,
    g.pass.mark !== null ? `pass mark ${g.pass.mark}` : null,
  ].filter((x): x is string => !!x);
  const lead = `${g.info.summary ? `<p class="summary">${esc(g.info.summary)}</p>` : ''}
<p class="facts">${facts.map(esc).join(' · ')}</p>`;
  const contents = [
    { id: 'objectives', label: 'Learning objectives' },
    { id: 'time', label: 'Running time' },
    { id: 'situation', label: 'The roles and the situation' },
    { id: 'decisions', label: 'Decision points' },
    { id: 'discussion', label: 'Discussion prompts' },
    { id: 'endings', label: 'Endings and what earns them' },
    { id: 'handout', label: 'Handout: the source passages' },
  ];
  const main = [
    objectives(g),
    runningTime(g),
    situation(g),
    decisionsSection(g),
    promptsSection(g),
    endingsSection(g),
    handout(g),
  ].join('\n');
  return guidePage({
    title: g.info.title,
    kicker: "Facilitator's guide",
    lead,
    contents,
    main,
    madeFrom: `Made when the game was built, from <code>${esc(g.where)}</code> (its tags, comments and every path the analyzer explored), <code>stories/modules/</code> and <code>stories/sources.json</code>.`,
  });
}

function objectives(g: ScenarioGuide): string {
  const modules = g.objectives.length
    ? `<h3>In the modules</h3>\n<ul>${g.objectives
        .map(
          (o) =>
            `<li>${esc(o.text)} <span class="muted">(module${o.modules.length > 1 ? 's' : ''}: ${andList(
              o.modules.map((m) => `<a href="${moduleGuideFile(m.id)}">${esc(m.title)}</a>`),
            )})</span></li>`,
        )
        .join('')}</ul>`
    : '<p>No module names this scenario in its objectives.</p>';
  const points = g.learning.length
    ? `<h3>Learning points</h3>\n<p>What the endings' debriefs teach, each with the article it comes from.</p>\n<ul>${g.learning
        .map(
          (l) => `<li>${esc(l.text)}${l.source ? ` <span class="muted">(${esc(l.source)})</span>` : ''}</li>`,
        )
        .join('')}</ul>`
    : '';
  return section('objectives', 'Learning objectives', `${modules}\n${points}`);
}

function runningTime(g: ScenarioGuide): string {
  const t = g.time;
  const rows: [string, string, number][] = [
    [
      'Decisions',
      `${t.decisions} on a typical path × ${ROOM_MINUTES.perDecision} minutes to read, vote and reveal the coach's note`,
      t.decisions * ROOM_MINUTES.perDecision,
    ],
    [
      'Discussion',
      `${t.prompts} discussion prompt${t.prompts === 1 ? '' : 's'} × ${ROOM_MINUTES.perPrompt} minutes`,
      t.prompts * ROOM_MINUTES.perPrompt,
    ],
    ['Debrief', 'the ending, its learning points and the handout, with the group', ROOM_MINUTES.debrief],
  ];
  const sum = rows.reduce((s, r) => s + r[2], 0);
  const paths = [
    t.best !== null ? `the highest-scoring path has ${t.best} decisions` : null,
    `the longest ${t.longest}`,
  ].filter((x): x is string => !!x);
  return section(
    'time',
    'Running time',
    `<p class="big">About <strong>${t.total} minutes</strong> with a group.</p>
<table>
<caption>How the running time is estimated</caption>
<thead><tr><th scope="col">Part</th><th scope="col">How it is counted</th><th scope="col" class="num">Minutes</th></tr></thead>
<tbody>${rows.map(([p, how, m]) => `<tr><th scope="row">${p}</th><td>${esc(how)}</td><td class="num">${m}</td></tr>`).join('')}
<tr><th scope="row">Total</th><td>rounded up to the next 5 minutes</td><td class="num">${sum} → ${t.total}</td></tr></tbody>
</table>
<p>A typical path is what a learner choosing at random meets, as the analyzer counts every path through the story; ${esc(andList(paths))}.${
      g.info.minutes ? ` Played alone, the story's own estimate is ${g.info.minutes} minutes.` : ''
    }</p>`,
  );
}

function situation(g: ScenarioGuide): string {
  const role = g.info.role ? `<h3>The learner's role</h3>\n<p>${esc(g.info.role)}</p>` : '';
  const profiled = g.people.filter((p) => p.profile && p.profile.length === PROFILE.length);
  const table = profiled.length
    ? `<table class="profiles">
<caption>Culture profiles, as the story declares them (each from 0 to 1)</caption>
<thead><tr><th scope="col">Counterpart</th>${PROFILE.map(([label]) => `<th scope="col" class="num">${label}</th>`).join('')}</tr></thead>
<tbody>${profiled
        .map(
          (p) =>
            `<tr><th scope="row">${esc(p.name)}</th>${p.profile!.map((x) => `<td class="num">${x.toFixed(2)}</td>`).join('')}</tr>`,
        )
        .join('')}</tbody>
</table>
<ul class="scales">${PROFILE.map(([label, scale]) => `<li><b>${label}</b>: ${scale}</li>`).join('')}</ul>`
    : '';
  const people = g.people
    .filter((p) => p.notes.length)
    .map(
      (p) =>
        `<div class="person"><h4>${esc(p.name)}</h4>${p.notes.map((n) => `<p>${esc(n)}</p>`).join('')}</div>`,
    )
    .join('\n');
  const who = g.people.length
    ? `<h3>The counterparts</h3>\n<p>${esc(andList(g.people.map((p) => p.name)))}.${people ? " The notes below are the author's, from the story." : ''}</p>\n${table}\n${people}`
    : '';
  return section('situation', 'The roles and the situation', `${role}\n${who}`);
}

function handout(g: ScenarioGuide): string {
  const body = g.handout.length
    ? `<p>The passages this scenario is built from, as the story cites them.</p>\n${g.handout
        .map(
          (f) => `<section class="source" aria-labelledby="source-${esc(f.file)}">
<h3 id="source-${esc(f.file)}">${esc(f.title)} <span class="file">${esc(f.file)}</span></h3>
<ul class="quotes">${f.quotes.map((q) => `<li><blockquote><p>${esc(q.quote)}</p></blockquote></li>`).join('')}</ul>
</section>`,
        )
        .join('\n')}`
    : '<p>The story cites no source passages.</p>';
  return section('handout', 'Handout: the source passages', `${body}`);
}
