/**
 * The start menu: modules with their progress, then every scenario with its title, summary,
 * role, and the learner's record (best score, attempts, endings found, a saved play-through).
 */
import { moduleProgress, type ChecksAnswered, type ModuleDefinition } from '../../core/modules/module.ts';
import type { CheckPhase } from '../../core/modules/checks.ts';
import { checksOf, scenarioOf, type Profile } from '../../app/persist/profile-read.ts';
import type { CatalogEntry } from '../../app/catalog.ts';
import type { SettingsStore } from '../../app/stores/settings.ts';
import { english, h } from '../shared/dom.ts';
import { settingsButton } from '../shared/settings-button.ts';
import { cardPicture } from './card-picture.ts';
import { moduleGuideHref, scenarioGuideHref } from '../shared/guide-link.ts';
import { t } from '../../l10n/index.ts';

/** Facilitator's guides: static pages the build writes (build/guide/), not in an LMS package; each
 * link is to the guide in the interface's language when there is one (shared/guide-link.ts). */
const guidesHere = !import.meta.env.VITE_RAPPORT_LMS;

function guideLink(href: string, title: string): HTMLElement | null {
  return guidesHere
    ? h(
        'a',
        { class: 'present-link guide-link', href },
        t('menu.guide'),
        h('span', { class: 'visually-hidden' }, `: ${title}`),
      )
    : null;
}

export interface MenuProps {
  catalog: readonly CatalogEntry[];
  modules: readonly ModuleDefinition[];
  /** The modules that open and close with a situational-judgement check. */
  withChecks: readonly string[];
  profile: Profile;
  saved: readonly string[];
  settings: SettingsStore;
  onPlay(id: string): void;
  onProfile(): void;
  onModule(id: string): void;
  onCheck(moduleId: string, phase: CheckPhase): void;
}

/** Which of a module's checks the learner has answered (null: the module has none). */
export function checksAnswered(profile: Profile, moduleId: string, has: boolean): ChecksAnswered {
  if (!has) return null;
  const record = checksOf(profile, moduleId);
  return { before: !!record.before, after: !!record.after };
}

export function resultsFrom(profile: Profile) {
  return (id: string) => {
    const r = scenarioOf(profile, id);
    return { best: r.bestScore, finishedAt: r.attempts.at(-1)?.date ?? null };
  };
}

/** A scenario in the free list: always playable (a module's order applies inside the module). */
function scenarioCard(entry: CatalogEntry, props: MenuProps): HTMLElement {
  const record = scenarioOf(props.profile, entry.id);
  const saved = props.saved.includes(entry.id);
  const endingsTotal = entry.endingIds?.length ?? 0;
  const meta = [
    entry.minutes ? t('menu.minutes', { n: entry.minutes }) : null,
    entry.seeds.length ? t('menu.sources', { list: entry.seeds.map((s) => s.slice(0, 3)).join(', ') }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const headingId = `story-${entry.id}`;
  const progress =
    record.attempts.length > 0
      ? h(
          'p',
          { class: 'record' },
          endingsTotal
            ? t('menu.record.endings', {
                best: record.bestScore ?? '—',
                n: record.attempts.length,
                found: record.endingsFound.filter((e) => entry.endingIds!.includes(e)).length,
                total: endingsTotal,
              })
            : t('menu.record', { best: record.bestScore ?? '—', n: record.attempts.length }),
        )
      : null;
  return h(
    'li',
    { class: 'card' },
    h(
      'article',
      { 'aria-labelledby': headingId },
      entry.error ? null : cardPicture(entry.id, entry.names),
      h('h3', { id: headingId, ...english(entry) }, entry.title),
      entry.summary ? h('p', { class: 'summary', ...english(entry) }, entry.summary) : null,
      entry.role ? h('p', { class: 'role', ...english(entry) }, entry.role) : null,
      meta ? h('p', { class: 'meta' }, meta) : null,
      progress,
      entry.error
        ? h('p', { class: 'card-error', role: 'note' }, t('menu.cardError', { error: entry.error }))
        : null,
      h(
        'button',
        {
          class: 'primary',
          type: 'button',
          'data-story': entry.id,
          onclick: () => props.onPlay(entry.id),
        },
        saved ? t('menu.continue') : record.attempts.length ? t('menu.playAgain') : t('menu.play'),
        h('span', { class: 'visually-hidden' }, ` ${entry.title}`),
      ),
      entry.error
        ? null
        : h(
            'a',
            { class: 'present-link', href: `?present=${encodeURIComponent(entry.id)}` },
            t('menu.present'),
            h('span', { class: 'visually-hidden' }, `: ${entry.title}`),
          ),
      // Shown where live rooms run (see `liveRoomsHere`).
      entry.error
        ? null
        : h(
            'a',
            {
              class: 'present-link live-link',
              href: `live.html?facilitate&story=${encodeURIComponent(entry.id)}`,
              hidden: true,
            },
            t('menu.live'),
            h('span', { class: 'visually-hidden' }, `: ${entry.title}`),
          ),
      entry.error ? null : guideLink(scenarioGuideHref(entry.id), entry.title),
    ),
  );
}

/**
 * Do live rooms run here? The live server (`npm run live`) and the dev server set a session cookie,
 * `rapport-live=1`, on every response; static hosting and an LMS do not, and the menu does not
 * offer live rooms there. A cookie rather than a request: asking a server without live rooms would
 * put a 404 in the console.
 */
function liveRoomsHere(): boolean {
  return document.cookie.split(';').some((c) => c.trim() === 'rapport-live=1');
}

function offerLiveRooms(menu: HTMLElement): void {
  if (liveRoomsHere()) for (const a of menu.querySelectorAll<HTMLElement>('.live-link')) a.hidden = false;
}

function moduleCard(def: ModuleDefinition, props: MenuProps): HTMLElement {
  const progress = moduleProgress(
    def,
    resultsFrom(props.profile),
    checksAnswered(props.profile, def.id, props.withChecks.includes(def.id)),
  );
  const entryOf = (id: string) => props.catalog.find((e) => e.id === id);
  const headingId = `module-${def.id}`;
  const checkStep = (phase: CheckPhase) => {
    const state = progress.checks![phase];
    const name = t('menu.module.check', { phase });
    return h(
      'li',
      { class: state === 'done' ? 'done' : state === 'todo' ? 'open' : 'locked' },
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          disabled: state === 'locked',
          onclick: () => props.onCheck(def.id, phase),
        },
        name,
        h('span', { class: 'visually-hidden' }, `: ${def.title}`),
      ),
      h(
        'span',
        { class: 'step-status' },
        ` ${state === 'done' ? t('menu.step.answered') : state === 'todo' ? t('menu.step.next') : t('menu.step.afterScenarios')}`,
      ),
    );
  };
  return h(
    'li',
    { class: 'module-card' },
    h(
      'article',
      { 'aria-labelledby': headingId },
      h('p', { class: 'kicker' }, t('menu.module.kicker')),
      h('h3', { id: headingId }, def.title),
      def.summary ? h('p', { class: 'summary' }, def.summary) : null,
      h(
        'p',
        { class: 'record' },
        t('menu.module.record', {
          finished: progress.finished,
          total: progress.total,
          passMark: def.passMark,
        }),
      ),
      h(
        'ol',
        { class: 'module-steps' },
        progress.checks ? checkStep('before') : null,
        progress.scenarios.map((s) =>
          h(
            'li',
            { class: s.result.best !== null ? 'done' : s.open ? 'open' : 'locked' },
            h(
              'button',
              {
                type: 'button',
                class: 'link',
                disabled: !s.open,
                onclick: () => props.onPlay(s.id),
              },
              h('span', english(entryOf(s.id) ?? {}), entryOf(s.id)?.title ?? s.id),
            ),
            h(
              'span',
              { class: 'step-status' },
              ` ${
                s.result.best !== null
                  ? t('menu.step.best', { best: s.result.best })
                  : s.open
                    ? t('menu.step.next')
                    : progress.checks?.before === 'todo'
                      ? t('menu.step.afterCheck')
                      : t('menu.step.locked')
              }`,
            ),
          ),
        ),
        progress.checks ? checkStep('after') : null,
      ),
      h(
        'button',
        { type: 'button', class: 'ghost', onclick: () => props.onModule(def.id) },
        progress.complete ? t('menu.module.summary') : t('menu.module.progress'),
        h('span', { class: 'visually-hidden' }, ` ${def.title}`),
      ),
      guideLink(moduleGuideHref(def.id), def.title),
    ),
  );
}

export function renderMenu(props: MenuProps): HTMLElement {
  const menu = renderMenuScreen(props);
  if (!import.meta.env.VITE_RAPPORT_LMS) offerLiveRooms(menu);
  return menu;
}

function renderMenuScreen(props: MenuProps): HTMLElement {
  return h(
    'div',
    { class: 'screen menu-screen' },
    h(
      'header',
      { class: 'hero' },
      h(
        'div',
        { class: 'hero-top' },
        h('h1', {}, t('menu.heading')),
        h(
          'div',
          { class: 'hero-actions' },
          h(
            'button',
            { type: 'button', class: 'ghost', onclick: () => props.onProfile() },
            t('menu.myProgress'),
          ),
          settingsButton(props.settings),
        ),
      ),
      h('p', { class: 'tagline' }, t('menu.tagline')),
    ),
    h(
      'main',
      { id: 'main', tabindex: -1 },
      props.modules.length
        ? h(
            'section',
            { 'aria-labelledby': 'modules-title' },
            h('h2', { class: 'section-title', id: 'modules-title' }, t('menu.modules')),
            h(
              'ul',
              { class: 'cards modules' },
              props.modules.map((m) => moduleCard(m, props)),
            ),
          )
        : null,
      h(
        'section',
        { 'aria-labelledby': 'scenarios-title' },
        h('h2', { class: 'section-title', id: 'scenarios-title' }, t('menu.scenarios')),
        props.catalog.length
          ? h(
              'ul',
              { class: 'cards' },
              props.catalog.map((e) => scenarioCard(e, props)),
            )
          : h('p', {}, t('menu.noScenarios')),
      ),
    ),
  );
}
