/**
 * The middle of a scenario's guide (scenario-page.ts): every decision point in reading order with
 * its options — what each teaches and which is best and worst for whom — then the discussion
 * prompts with where they come and what the options there showed, and the endings with what earns
 * them.
 */
import { andList, esc, section, signed, span } from './page.ts';
import type { GuideDecision, GuideEnding, GuideOption, ScenarioGuide } from './scenario-data.ts';
import { MEANINGFUL } from './scenario-data.ts';

const decisionLink = (n: number) => `<a href="#decision-${n}">decision&nbsp;${n}</a>`;

function nameOf(g: ScenarioGuide, id: string): string {
  return g.people.find((p) => p.id === id)?.name ?? id;
}

/** `option 1` / `options 1 and 3`. */
const options = (ns: readonly number[]) => `option${ns.length > 1 ? 's' : ''} ${andList(ns.map(String))}`;

/** The options that are best or worst for someone, each with for whom. */
function standouts(g: ScenarioGuide, d: GuideDecision): string[] {
  return d.options.flatMap((o) => {
    const best = d.people.filter((p) => p.best.includes(o.n)).map((p) => nameOf(g, p.id));
    const worst = d.people.filter((p) => p.worst.includes(o.n)).map((p) => nameOf(g, p.id));
    if (!best.length && !worst.length) return [];
    const whom = [
      best.length ? `best for ${andList(best)}` : '',
      worst.length ? `worst for ${andList(worst)}` : '',
    ].filter(Boolean);
    return [`<li>Option ${o.n} (“${esc(o.text)}”): ${esc(whom.join('; '))}.</li>`];
  });
}

function leads(o: GuideOption): string {
  const to = o.leads.map((l) =>
    l.decision !== undefined ? decisionLink(l.decision) : `the ending “${esc(l.ending ?? '')}”`,
  );
  const unique = [...new Set(to)];
  return unique.length > 1
    ? `→ ${andList(unique, 'or')}, depending on the relationship`
    : `→ ${unique[0] ?? 'the end'}`;
}

function effectCell(o: GuideOption, who: string, p: GuideDecision['people'][number]): string {
  const e = o.effect[who];
  const moved = e && (Math.round(e.trust) !== 0 || Math.round(e.rapport) !== 0);
  const words = moved ? `Trust&nbsp;${signed(e.trust)}, Rapport&nbsp;${signed(e.rapport)}` : 'no change';
  const mark = p.best.includes(o.n)
    ? ' <strong class="best">best</strong>'
    : p.worst.includes(o.n)
      ? ' <strong class="worst">worst</strong>'
      : '';
  return `<td>${words}${mark}</td>`;
}

function decision(g: ScenarioGuide, d: GuideDecision): string {
  const byDecision = new Map<number, number[]>();
  for (const f of d.from)
    byDecision.set(f.decision, [...new Set([...(byDecision.get(f.decision) ?? []), f.option])]);
  const from = byDecision.size
    ? `Reached from ${andList([...byDecision].map(([n, os]) => `${decisionLink(n)} (${options(os.sort((a, b) => a - b))})`))}.`
    : 'Where the story starts.';
  const lines = d.lines.length
    ? `<blockquote class="said">${d.lines.map((l) => `<p>${l.who ? `<b>${esc(l.who)}:</b> ` : ''}${esc(l.text)}</p>`).join('')}</blockquote>`
    : '';
  const option = (o: GuideOption) =>
    `<p class="option"><strong>${esc(o.text)}</strong> <span class="leads">${leads(o)}</span>${
      o.conditional ? ' <span class="tag plain">offered only in some situations</span>' : ''
    }${o.onBestPath ? ' <span class="tag">on the highest-scoring path</span>' : ''}</p>
<p class="coach"><span class="label">What it teaches:</span> ${o.coach ? esc(o.coach) : 'no coach note.'}</p>`;
  const table = `<table class="effects">
<caption>The options, what each teaches, and its effect on ${d.people.length ? 'each counterpart up to the next decision' : 'no one'}</caption>
<thead><tr><th scope="col" class="num">#</th><th scope="col">The option and what it teaches</th>${d.people
    .map((p) => `<th scope="col" class="who">${esc(nameOf(g, p.id))}</th>`)
    .join('')}</tr></thead>
<tbody>${d.options
    .map(
      (o) =>
        `<tr><th scope="row" class="num">${o.n}</th><td>${option(o)}</td>${d.people.map((p) => effectCell(o, p.id, p)).join('')}</tr>`,
    )
    .join('\n')}</tbody>
</table>${
    d.people.length
      ? ''
      : `\n<p class="verdict">No option here moves anyone's Trust and Rapport by ${MEANINGFUL} point or more.</p>`
  }`;
  return `<section class="decision" id="decision-${d.n}" aria-labelledby="decision-${d.n}-title">
<h3 id="decision-${d.n}-title">Decision ${d.n} <span class="place">${esc(d.place)}</span></h3>
<p class="from">${from}</p>
${lines}
${table}
</section>`;
}

export function decisionsSection(g: ScenarioGuide): string {
  const intro = `<p>Every decision point in reading order, with the last lines before it. A branch the relationship decides (a warmer or a colder version of a scene) is a decision point of its own.</p>
<p>The effect is the average change in each counterpart's Trust and Rapport (0–100) from the decision to the next one, over every situation the analyzer explored there. The best option for someone is the one that raises their Trust and Rapport together the most (or lowers them least); the worst, the one that lowers them the most, when some option lowers them. The arrow says where each option leads.</p>`;
  return section(
    'decisions',
    'Decision points',
    `${intro}\n${g.decisions.map((d) => decision(g, d)).join('\n')}`,
  );
}

export function promptsSection(g: ScenarioGuide): string {
  if (!g.prompts.length)
    return section('discussion', 'Discussion prompts', '<p>The story has no discussion prompts.</p>');
  const items = g.prompts.map((p) => {
    const d = p.decision !== null ? g.decisions.find((x) => x.n === p.decision) : undefined;
    const where = d
      ? `Comes at ${decisionLink(d.n)} (<span class="place">${esc(d.place)}</span>), before the room chooses${
          d.lines.length ? ` — after “${esc(d.lines.at(-1)!.text)}”` : '.'
        }`
      : p.ending
        ? `Comes at the ending “${esc(p.ending)}”.`
        : `Comes in <span class="place">${esc(p.place)}</span>.`;
    const marks = d ? standouts(g, d) : [];
    const showed = marks.length
      ? `<p class="label">What the options there showed:</p>\n<ul class="showed">${marks.join('')}</ul>`
      : '';
    return `<li><p class="prompt">${esc(p.text)}</p>\n<p>${where}</p>\n${showed}</li>`;
  });
  return section(
    'discussion',
    'Discussion prompts',
    `<p>Pause for these when the story reaches them (the presenter's console shows them too).</p>\n<ol class="prompts">${items.join('\n')}</ol>`,
  );
}

function earns(e: GuideEnding): string {
  if (!e.routes.length)
    return '<p>What earns it: the story reaches it without a condition the guide can read.</p>';
  const items = e.routes.map((r) => {
    const words =
      r.kind === 'if'
        ? `${esc(r.words ?? '')}${r.order > 0 ? ' — when no condition checked before it holds' : ''}`
        : r.kind === 'else'
          ? 'when none of the other endings’ conditions holds'
          : `a direct turn in <span class="place">${esc(r.place)}</span>, whatever the relationship`;
    const notes = r.notes.length ? `<br><span class="muted">where ${r.notes.map(esc).join('; ')}</span>` : '';
    return `<li>${words}${notes}</li>`;
  });
  return `<p class="label">What earns it:</p>\n<ul class="earns">${items.join('')}</ul>`;
}

function ending(g: ScenarioGuide, e: GuideEnding): string {
  const figures = [
    e.score
      ? `Score on the paths that reach it: ${span(e.score)}${g.pass.mark !== null ? ` (pass mark ${g.pass.mark})` : ''}.`
      : 'No path the analyzer explored reaches it.',
    e.random === null
      ? ''
      : `A learner choosing at random ends here ${e.random > 0 && e.random < 0.01 ? 'less than 1' : Math.round(e.random * 100)}&nbsp;% of the time.`,
  ].join(' ');
  const table = e.people.length
    ? `<table>
<caption>The relationship on the paths that reach it</caption>
<thead><tr><th scope="col">Counterpart</th><th scope="col" class="num">Trust</th><th scope="col" class="num">Rapport</th></tr></thead>
<tbody>${e.people.map((p) => `<tr><th scope="row">${esc(p.name)}</th><td class="num">${span(p.trust)}</td><td class="num">${span(p.rapport)}</td></tr>`).join('')}</tbody>
</table>`
    : '';
  return `<section class="ending" id="ending-${esc(e.id)}" aria-labelledby="ending-${esc(e.id)}-title">
<h3 id="ending-${esc(e.id)}-title">“${esc(e.title)}”</h3>
${earns(e)}
<p>${figures}</p>
${table}
</section>`;
}

export function endingsSection(g: ScenarioGuide): string {
  return section(
    'endings',
    'Endings and what earns them',
    `<p>The endings from the best to the worst. When the last scene is over the story checks the conditions in order, and the first that holds decides; the ranges are over every path the analyzer explored to each ending.</p>\n${g.endings.map((e) => ending(g, e)).join('\n')}`,
  );
}
