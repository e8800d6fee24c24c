/**
 * A scenario's facilitator's guide as a printable page: learning objectives, running time, the
 * roles and the situation, then the decision points, the discussion prompts and the endings
 * (decisions-page.ts), and the source passages as a handout. The page's own words are the
 * `guide.*` messages (words.ts) of its language; every other word comes from the guide's data
 * (scenario-data.ts, localize.ts).
 */
import { decisionsSection, endingsSection, promptsSection } from './decisions-page.ts';
import { esc, guidePage, moduleGuideFile, section, type Alternates, type PageContext } from './page.ts';
import { ROOM_MINUTES, type ScenarioGuide } from './scenario-data.ts';
import { html, type GuideKey } from './words.ts';

/** The culture profile's five figures, as counterpart(...) declares them (stories/lib/rapport.ink). */
const PROFILE = ['relationship', 'power', 'collectivism', 'directness', 'flexibility'] as const;

export interface ScenarioPageOptions {
  /** The same guide in other languages. */
  alternates?: Alternates;
  /** The languages' module guides this page can link to (else the English one, a folder up). */
  moduleHere?: (id: string) => boolean;
  /** Authors' notes shown in English for want of a current translation. */
  englishNotes?: ReadonlySet<string>;
}

export function scenarioGuidePage(ctx: PageContext, g: ScenarioGuide, o: ScenarioPageOptions = {}): string {
  const { w } = ctx;
  const facts = [
    w.t('guide.facts.group', { n: g.time.total }),
    g.info.minutes ? w.t('guide.facts.alone', { n: g.info.minutes }) : null,
    w.t('guide.facts.decisions', { n: g.decisions.length }),
    w.t('guide.facts.endings', { n: g.endings.length }),
    g.pass.mark !== null ? w.t('guide.facts.passMark', { mark: g.pass.mark }) : null,
  ].filter((x): x is string => !!x);
  const lead = `${g.info.summary ? `<p class="summary">${ctx.s(g.info.summary)}</p>` : ''}
<p class="facts">${facts.map(esc).join(' · ')}</p>`;
  const label = (key: GuideKey) => w.t(key);
  const contents = [
    { id: 'objectives', label: label('guide.section.objectives') },
    { id: 'time', label: label('guide.section.time') },
    { id: 'situation', label: label('guide.section.situation') },
    { id: 'decisions', label: label('guide.section.decisions') },
    { id: 'discussion', label: label('guide.section.discussion') },
    { id: 'endings', label: label('guide.section.endings') },
    { id: 'handout', label: label('guide.section.handout') },
  ];
  const main = [
    objectives(ctx, g, o),
    runningTime(ctx, g),
    situation(ctx, g, o),
    decisionsSection(ctx, g),
    promptsSection(ctx, g),
    endingsSection(ctx, g),
    handout(ctx, g),
  ].join('\n');
  const code = (text: string) => html(`<code>${esc(text)}</code>`);
  return guidePage(ctx, {
    title: ctx.s(g.info.title),
    titleText: g.info.title,
    kicker: w.t('guide.scenario.kicker'),
    lead,
    contents,
    main,
    madeFrom: w.h('guide.scenario.madeFrom', {
      file: code(g.where),
      modules: code('stories/modules/'),
      sources: code('stories/sources.json'),
    }),
    ...(o.alternates ? { alternates: o.alternates } : {}),
  });
}

function objectives(ctx: PageContext, g: ScenarioGuide, o: ScenarioPageOptions): string {
  const { w } = ctx;
  const moduleHref = (id: string) =>
    o.moduleHere && !o.moduleHere(id) ? `${ctx.up}${moduleGuideFile(id)}` : moduleGuideFile(id);
  const modules = g.objectives.length
    ? `<h3>${w.h('guide.objectives.inModules')}</h3>\n<ul>${g.objectives
        .map(
          (x) =>
            `<li>${ctx.s(x.text)} <span class="muted">${w.h('guide.objectives.modules', {
              n: x.modules.length,
              modules: html(
                w.list(x.modules.map((m) => `<a href="${esc(moduleHref(m.id))}">${ctx.s(m.title)}</a>`)),
              ),
            })}</span></li>`,
        )
        .join('')}</ul>`
    : `<p>${w.h('guide.objectives.none')}</p>`;
  const points = g.learning.length
    ? `<h3>${w.h('guide.objectives.points')}</h3>\n<p>${w.h('guide.objectives.pointsIntro')}</p>\n<ul>${g.learning
        .map(
          (l) =>
            `<li>${ctx.s(l.text)}${
              l.source
                ? ` <span class="muted">${w.h('guide.objectives.source', { title: html(ctx.s(l.source)) })}</span>`
                : ''
            }</li>`,
        )
        .join('')}</ul>`
    : '';
  return section('objectives', w.t('guide.section.objectives'), `${modules}\n${points}`);
}

function runningTime(ctx: PageContext, g: ScenarioGuide): string {
  const { w } = ctx;
  const t = g.time;
  const rows: [string, string, number][] = [
    [
      w.h('guide.time.decisions'),
      w.h('guide.time.decisionsHow', { n: t.decisions, per: ROOM_MINUTES.perDecision }),
      t.decisions * ROOM_MINUTES.perDecision,
    ],
    [
      w.h('guide.time.discussion'),
      w.h('guide.time.discussionHow', { n: t.prompts, per: ROOM_MINUTES.perPrompt }),
      t.prompts * ROOM_MINUTES.perPrompt,
    ],
    [w.h('guide.time.debrief'), w.h('guide.time.debriefHow'), ROOM_MINUTES.debrief],
  ];
  const sum = rows.reduce((s, r) => s + r[2], 0);
  const minutes = html(`<strong>${w.h('guide.time.minutes', { n: t.total })}</strong>`);
  return section(
    'time',
    w.t('guide.section.time'),
    `<p class="big">${w.h('guide.time.big', { minutes })}</p>
<table>
<caption>${w.h('guide.time.caption')}</caption>
<thead><tr><th scope="col">${w.h('guide.time.part')}</th><th scope="col">${w.h('guide.time.how')}</th><th scope="col" class="num">${w.h('guide.time.minutesHeading')}</th></tr></thead>
<tbody>${rows.map(([p, how, m]) => `<tr><th scope="row">${p}</th><td>${how}</td><td class="num">${w.num(m)}</td></tr>`).join('')}
<tr><th scope="row">${w.h('guide.time.total')}</th><td>${w.h('guide.time.totalHow')}</td><td class="num">${w.num(sum)} → ${w.num(t.total)}</td></tr></tbody>
</table>
<p>${w.h('guide.time.typical', {
      scored: t.best !== null ? 'yes' : 'no',
      best: t.best ?? 0,
      longest: t.longest,
      alone: g.info.minutes ? 'yes' : 'no',
      minutes: g.info.minutes ?? 0,
    })}</p>`,
  );
}

function situation(ctx: PageContext, g: ScenarioGuide, o: ScenarioPageOptions): string {
  const { w } = ctx;
  const role = g.info.role ? `<h3>${w.h('guide.situation.role')}</h3>\n<p>${ctx.s(g.info.role)}</p>` : '';
  const profiled = g.people.filter((p) => p.profile && p.profile.length === PROFILE.length);
  const table = profiled.length
    ? `<table class="profiles">
<caption>${w.h('guide.profile.caption')}</caption>
<thead><tr><th scope="col">${w.h('guide.profile.counterpart')}</th>${PROFILE.map((k) => `<th scope="col" class="num">${w.h(`guide.profile.${k}`)}</th>`).join('')}</tr></thead>
<tbody>${profiled
        .map(
          (p) =>
            `<tr><th scope="row">${ctx.s(p.name)}</th>${p.profile!.map((x) => `<td class="num">${w.num(x, 2)}</td>`).join('')}</tr>`,
        )
        .join('')}</tbody>
</table>
<ul class="scales">${PROFILE.map(
        (k) =>
          `<li>${w.h('guide.profile.scale', {
            label: html(`<b>${w.h(`guide.profile.${k}`)}</b>`),
            scale: w.t(`guide.profile.${k}.scale`),
          })}</li>`,
      ).join('')}</ul>`
    : '';
  const people = g.people
    .filter((p) => p.notes.length)
    .map(
      (p) =>
        `<div class="person"><h4>${ctx.s(p.name)}</h4>${p.notes
          .map(
            (n) =>
              `<p>${ctx.s(n)}${o.englishNotes?.has(n) ? ` <span class="muted">${w.h('guide.situation.inEnglish')}</span>` : ''}</p>`,
          )
          .join('')}</div>`,
    )
    .join('\n');
  const who = g.people.length
    ? `<h3>${w.h('guide.situation.counterparts')}</h3>\n<p>${w.h('guide.situation.names', {
        names: html(w.list(g.people.map((p) => ctx.s(p.name)))),
        notes: people ? 'yes' : 'no',
      })}</p>\n${table}\n${people}`
    : '';
  return section('situation', w.t('guide.section.situation'), `${role}\n${who}`);
}

function handout(ctx: PageContext, g: ScenarioGuide): string {
  const { w } = ctx;
  const english = w.lang === 'en' ? '' : w.h('guide.handout.english');
  const body = g.handout.length
    ? `<p>${w.then(w.h('guide.handout.intro'), english)}</p>\n${g.handout
        .map(
          (f) => `<section class="source" aria-labelledby="source-${esc(f.file)}">
<h3 id="source-${esc(f.file)}">${ctx.s(f.title)} <span class="file">${esc(f.file)}</span></h3>
<ul class="quotes">${f.quotes.map((q) => `<li><blockquote><p>${ctx.s(q.quote)}</p></blockquote></li>`).join('')}</ul>
</section>`,
        )
        .join('\n')}`
    : `<p>${w.h('guide.handout.none')}</p>`;
  return section('handout', w.t('guide.section.handout'), body);
}
