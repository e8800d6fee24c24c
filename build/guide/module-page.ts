/**
 * A module's facilitator's guide: its title, summary and objectives, the scenarios in order with
 * the running time of each and a link to its guide, and the pass mark. Words from the module file
 * (stories/modules/*.json, in the page's language from translations/<lang>/modules.po; English
 * where not translated, and marked so)
 * and the scenarios' own tags (in the page's language where translated); running times from their
 * guides; the page's own words are its language's `guide.*` messages.
 */
import type { ModuleDefinition } from '../../src/core/modules/module.ts';
import { esc, guidePage, scenarioGuideFile, type Alternates, type PageContext } from './page.ts';
import { html } from './words.ts';

export interface ModuleScenario {
  id: string;
  title: string;
  summary: string;
  /** The scenario guide's running time with a group, and alone (`# minutes:`). */
  minutes: number;
  alone: number | null;
  /** Its guide is in the page's language (else the link goes to the English one). */
  here: boolean;
}

/** `file`: the module's file as the footer names it (`stories/modules/asia-partners.json`). */
export function moduleGuidePage(
  ctx: PageContext,
  m: ModuleDefinition,
  scenarios: readonly ModuleScenario[],
  file: string,
  alternates?: Alternates,
): string {
  const { w } = ctx;
  // The module's own words, in the page's language where translated (marked English where not).
  const en = (text: string) => ctx.s(text);
  const total = scenarios.reduce((s, x) => s + x.minutes, 0);
  const titleOf = (id: string) => {
    const s = scenarios.find((x) => x.id === id);
    return s ? ctx.s(s.title) : en(id);
  };
  const lead = `${m.summary ? `<p class="summary">${en(m.summary)}</p>` : ''}
<p class="facts">${esc(
    [
      w.t('guide.module.scenarios', { n: scenarios.length }),
      w.t('guide.module.group', { n: total }),
      w.t('guide.facts.passMark', { mark: m.passMark }),
    ].join(' · '),
  )}</p>${w.lang === 'en' || en(m.title) === esc(m.title) ? '' : `\n<p class="muted">${w.h('guide.module.english')}</p>`}`;
  const objectives = `<section id="objectives" aria-labelledby="objectives-title">
<h2 id="objectives-title">${w.h('guide.module.objectives')}</h2>
<ul>${m.objectives
    .map(
      (o) =>
        `<li>${en(o.text)} <span class="muted">${w.h('guide.module.objectiveScenarios', {
          scenarios: html(w.list(o.scenarios.map(titleOf))),
          own: o.minScore !== m.passMark ? 'yes' : 'no',
          min: o.minScore,
        })}</span></li>`,
    )
    .join('')}</ul>
</section>`;
  const href = (s: ModuleScenario) => (s.here ? '' : ctx.up) + scenarioGuideFile(s.id);
  const rows = scenarios
    .map(
      (s, i) =>
        `<tr><td class="num">${w.num(i + 1)}</td><th scope="row"><a href="${esc(href(s))}">${ctx.s(s.title)}</a>${
          s.summary ? `<p class="muted">${ctx.s(s.summary)}</p>` : ''
        }</th><td class="num">${w.num(s.minutes)}</td><td class="num">${s.alone === null ? '—' : w.num(s.alone)}</td></tr>`,
    )
    .join('\n');
  const alone = scenarios.reduce((s, x) => s + (x.alone ?? 0), 0);
  const order = `<section id="scenarios" aria-labelledby="scenarios-title">
<h2 id="scenarios-title">${w.h('guide.module.order')}</h2>
<p>${w.h('guide.module.orderIntro', { sequential: m.sequential ? 'yes' : 'no' })}</p>
<table class="module-scenarios">
<caption>${w.h('guide.module.caption')}</caption>
<thead><tr><th scope="col" class="num">${w.h('guide.module.orderColumn')}</th><th scope="col">${w.h('guide.module.scenarioColumn')}</th><th scope="col" class="num">${w.h('guide.module.groupColumn')}</th><th scope="col" class="num">${w.h('guide.module.aloneColumn')}</th></tr></thead>
<tbody>${rows}
<tr><td></td><th scope="row">${w.h('guide.module.total')}</th><td class="num">${w.num(total)}</td><td class="num">${alone ? w.num(alone) : '—'}</td></tr></tbody>
</table>
<p>${w.h('guide.module.timeNote')}</p>
</section>`;
  const pass = `<section id="pass" aria-labelledby="pass-title">
<h2 id="pass-title">${w.h('guide.module.pass')}</h2>
<p>${w.h('guide.module.passText', { mark: html(`<strong>${w.num(m.passMark)}</strong>`), n: m.passMark })}</p>
</section>`;
  return guidePage(ctx, {
    title: en(m.title),
    titleText: m.title,
    kicker: w.t('guide.module.kicker'),
    lead,
    contents: [
      { id: 'objectives', label: w.t('guide.module.objectives') },
      { id: 'scenarios', label: w.t('guide.module.order') },
      { id: 'pass', label: w.t('guide.module.pass') },
    ],
    main: [objectives, order, pass].join('\n'),
    madeFrom: w.h('guide.module.madeFrom', { file: html(`<code>${esc(file)}</code>`) }),
    ...(alternates ? { alternates } : {}),
  });
}
