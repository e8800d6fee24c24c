/**
 * The middle of a scenario's guide (scenario-page.ts): every decision point in reading order with
 * its options — what each teaches and which is best and worst for whom — then the discussion
 * prompts with where they come and what the options there showed, and the endings with what earns
 * them. Words: the page's language (`ctx.w`) and the guide's data.
 */
import { esc, section, signed, span, type PageContext } from './page.ts';
import type { GuideDecision, GuideEnding, GuideOption, ScenarioGuide } from './scenario-data.ts';
import { MEANINGFUL } from './scenario-data.ts';
import { html } from './words.ts';

const decisionLink = (ctx: PageContext, n: number) =>
  html(`<a href="#decision-${n}">${ctx.w.h('guide.decision.link', { n })}</a>`);

const place = (name: string) => html(`<span class="place" translate="no">${esc(name)}</span>`);

function nameOf(g: ScenarioGuide, id: string): string {
  return g.people.find((p) => p.id === id)?.name ?? id;
}

/** The options that are best or worst for someone, each with for whom. */
function standouts(ctx: PageContext, g: ScenarioGuide, d: GuideDecision): string[] {
  const { w } = ctx;
  return d.options.flatMap((o) => {
    const best = d.people.filter((p) => p.best.includes(o.n)).map((p) => ctx.s(nameOf(g, p.id)));
    const worst = d.people.filter((p) => p.worst.includes(o.n)).map((p) => ctx.s(nameOf(g, p.id)));
    if (!best.length && !worst.length) return [];
    const kind = best.length && worst.length ? 'both' : best.length ? 'best' : 'worst';
    return [
      `<li>${w.h('guide.prompts.standout', {
        n: o.n,
        text: html(ctx.s(o.text)),
        kind,
        best: html(w.list(best)),
        worst: html(w.list(worst)),
      })}</li>`,
    ];
  });
}

function leads(ctx: PageContext, o: GuideOption): string {
  const { w } = ctx;
  const to = o.leads.map((l) =>
    l.decision !== undefined
      ? decisionLink(ctx, l.decision).html
      : l.ending !== undefined
        ? w.h('guide.decision.toEnding', { title: html(ctx.s(l.ending)) })
        : w.h('guide.decision.deadEnd'),
  );
  const unique = [...new Set(to)];
  return unique.length > 1
    ? w.h('guide.decision.leadsDepending', { to: html(w.list(unique, 'disjunction')) })
    : w.h('guide.decision.leads', { to: html(unique[0] ?? w.h('guide.decision.theEnd')) });
}

function effectCell(
  ctx: PageContext,
  o: GuideOption,
  who: string,
  p: GuideDecision['people'][number],
): string {
  const { w } = ctx;
  const e = o.effect[who];
  const moved = e && (Math.round(e.trust) !== 0 || Math.round(e.rapport) !== 0);
  const words = moved
    ? w.h('guide.decision.effect', { trust: signed(e.trust), rapport: signed(e.rapport) })
    : w.h('guide.decision.noChange');
  const mark = p.best.includes(o.n)
    ? ` <strong class="best">${w.h('guide.decision.best')}</strong>`
    : p.worst.includes(o.n)
      ? ` <strong class="worst">${w.h('guide.decision.worst')}</strong>`
      : '';
  return `<td>${words}${mark}</td>`;
}

function decision(ctx: PageContext, g: ScenarioGuide, d: GuideDecision): string {
  const { w } = ctx;
  const byDecision = new Map<number, number[]>();
  for (const f of d.from)
    byDecision.set(f.decision, [...new Set([...(byDecision.get(f.decision) ?? []), f.option])]);
  const from = byDecision.size
    ? w.h('guide.decision.from', {
        list: html(
          w.list(
            [...byDecision].map(([n, os]) =>
              w.h('guide.decision.fromItem', {
                decision: decisionLink(ctx, n),
                n: os.length,
                options: html(w.list(os.sort((a, b) => a - b).map((x) => w.num(x)))),
              }),
            ),
          ),
        ),
      })
    : w.h('guide.decision.start');
  const speaker = (l: GuideDecision['lines'][number]) =>
    l.you
      ? `<b>${w.h('guide.decision.speaker', { name: w.t('guide.decision.you') })}</b>`
      : l.who
        ? `<b>${w.h('guide.decision.speaker', { name: html(ctx.s(l.who)) })}</b>`
        : '';
  const lines = d.lines.length
    ? `<blockquote class="said">${d.lines.map((l) => `<p>${w.then(speaker(l), ctx.s(l.text))}</p>`).join('')}</blockquote>`
    : '';
  const option = (o: GuideOption) =>
    `<p class="option"><strong>${ctx.s(o.text)}</strong> <span class="leads">${leads(ctx, o)}</span>${
      o.conditional ? ` <span class="tag plain">${w.h('guide.decision.conditional')}</span>` : ''
    }${o.onBestPath ? ` <span class="tag">${w.h('guide.decision.bestPath')}</span>` : ''}</p>
<p class="coach">${w.then(`<span class="label">${w.h('guide.decision.teaches')}</span>`, o.coach ? ctx.s(o.coach) : w.h('guide.decision.noCoach'))}</p>`;
  const table = `<table class="effects">
<caption>${w.h('guide.decision.caption', { moved: d.people.length ? 'yes' : 'no' })}</caption>
<thead><tr><th scope="col" class="num">${w.h('guide.decision.number')}</th><th scope="col">${w.h('guide.decision.optionColumn')}</th>${d.people
    .map((p) => `<th scope="col" class="who">${ctx.s(nameOf(g, p.id))}</th>`)
    .join('')}</tr></thead>
<tbody>${d.options
    .map(
      (o) =>
        `<tr><th scope="row" class="num">${w.num(o.n)}</th><td>${option(o)}</td>${d.people.map((p) => effectCell(ctx, o, p.id, p)).join('')}</tr>`,
    )
    .join('\n')}</tbody>
</table>${
    d.people.length ? '' : `\n<p class="verdict">${w.h('guide.decision.nobody', { n: MEANINGFUL })}</p>`
  }`;
  return `<section class="decision" id="decision-${d.n}" aria-labelledby="decision-${d.n}-title">
<h3 id="decision-${d.n}-title">${w.h('guide.decision.title', { n: d.n })} ${place(d.place).html}</h3>
<p class="from">${from}</p>
${lines}
${table}
</section>`;
}

export function decisionsSection(ctx: PageContext, g: ScenarioGuide): string {
  const { w } = ctx;
  const intro = `<p>${w.h('guide.decisions.intro')}</p>\n<p>${w.h('guide.decisions.effects')}</p>`;
  return section(
    'decisions',
    w.t('guide.section.decisions'),
    `${intro}\n${g.decisions.map((d) => decision(ctx, g, d)).join('\n')}`,
  );
}

export function promptsSection(ctx: PageContext, g: ScenarioGuide): string {
  const { w } = ctx;
  if (!g.prompts.length)
    return section('discussion', w.t('guide.section.discussion'), `<p>${w.h('guide.prompts.none')}</p>`);
  const items = g.prompts.map((p) => {
    const d = p.decision !== null ? g.decisions.find((x) => x.n === p.decision) : undefined;
    const where = d
      ? w.h('guide.prompts.at', {
          decision: decisionLink(ctx, d.n),
          place: place(d.place),
          after: d.lines.length ? 'yes' : 'no',
          line: html(d.lines.length ? ctx.s(d.lines.at(-1)!.text) : ''),
        })
      : p.ending
        ? w.h('guide.prompts.atEnding', { title: html(ctx.s(p.ending)) })
        : w.h('guide.prompts.in', { place: place(p.place) });
    const marks = d ? standouts(ctx, g, d) : [];
    const showed = marks.length
      ? `<p class="label">${w.h('guide.prompts.showed')}</p>\n<ul class="showed">${marks.join('')}</ul>`
      : '';
    return `<li><p class="prompt">${ctx.s(p.text)}</p>\n<p>${where}</p>\n${showed}</li>`;
  });
  return section(
    'discussion',
    w.t('guide.section.discussion'),
    `<p>${w.h('guide.prompts.intro')}</p>\n<ol class="prompts">${items.join('\n')}</ol>`,
  );
}

function earns(ctx: PageContext, e: GuideEnding): string {
  const { w } = ctx;
  if (!e.routes.length) return `<p>${w.h('guide.ending.noCondition')}</p>`;
  const items = e.routes.map((r) => {
    const words =
      r.kind === 'if'
        ? w.h('guide.ending.if', { condition: r.words ?? '', later: r.order > 0 ? 'yes' : 'no' })
        : r.kind === 'else'
          ? w.h('guide.ending.else')
          : w.h('guide.ending.divert', { place: place(r.place) });
    const notes = r.notes.length
      ? `<br><span class="muted">${w.h('guide.ending.where', { notes: r.notes.join(w.lang === 'en' || w.lang === 'es' ? '; ' : '；') })}</span>`
      : '';
    return `<li>${words}${notes}</li>`;
  });
  return `<p class="label">${w.h('guide.ending.earns')}</p>\n<ul class="earns">${items.join('')}</ul>`;
}

function ending(ctx: PageContext, g: ScenarioGuide, e: GuideEnding): string {
  const { w } = ctx;
  const num = (n: number) => w.num(n);
  const figures = w.then(
    e.score
      ? w.h('guide.ending.score', {
          score: span(e.score, num),
          pass: g.pass.mark !== null ? 'yes' : 'no',
          mark: g.pass.mark ?? 0,
        })
      : w.h('guide.ending.unreached'),
    e.random === null
      ? ''
      : e.random > 0 && e.random < 0.01
        ? w.h('guide.ending.randomRare')
        : w.h('guide.ending.random', { percent: Math.round(e.random * 100) }),
  );
  const table = e.people.length
    ? `<table>
<caption>${w.h('guide.ending.caption')}</caption>
<thead><tr><th scope="col">${w.h('guide.profile.counterpart')}</th><th scope="col" class="num">${w.h('guide.meter.trust')}</th><th scope="col" class="num">${w.h('guide.meter.rapport')}</th></tr></thead>
<tbody>${e.people.map((p) => `<tr><th scope="row">${ctx.s(p.name)}</th><td class="num">${span(p.trust, num)}</td><td class="num">${span(p.rapport, num)}</td></tr>`).join('')}</tbody>
</table>`
    : '';
  return `<section class="ending" id="ending-${esc(e.id)}" aria-labelledby="ending-${esc(e.id)}-title">
<h3 id="ending-${esc(e.id)}-title">${w.h('guide.ending.title', { title: html(ctx.s(e.title)) })}</h3>
${earns(ctx, e)}
<p>${figures}</p>
${table}
</section>`;
}

export function endingsSection(ctx: PageContext, g: ScenarioGuide): string {
  const { w } = ctx;
  return section(
    'endings',
    w.t('guide.section.endings'),
    `<p>${w.h('guide.endings.intro')}</p>\n${g.endings.map((e) => ending(ctx, g, e)).join('\n')}`,
  );
}
