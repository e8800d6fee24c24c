/**
 * "My progress": the learner's record, kept in this browser — attempts per scenario with date,
 * ending and score; the best score and its share of the best reachable; an improvement chart
 * (with the same data as a table); a path map of the scenes, choices and endings found (path-map.ts);
 * export and import of the whole record as a JSON file.
 */
import { improvementSeries, scenarioOf, type Attempt, type Profile } from '../../app/persist/profile-read.ts';
import type { CatalogEntry } from '../../app/catalog.ts';
import type { SettingsStore } from '../../app/stores/settings.ts';
import { keepChart } from '../shared/charts.ts';
import { english, h, tableScroll } from '../shared/dom.ts';
import { settingsButton } from '../shared/settings-button.ts';
import { t } from '../../l10n/index.ts';
import { renderPathMap, type Found } from './path-map.ts';
import { nextFrame } from '../../platform/schedule.ts';

export interface ProfileProps {
  catalog: readonly CatalogEntry[];
  profile: Profile;
  settings: SettingsStore;
  /** Sentence to show when this browser cannot keep progress, else null. */
  storageProblem: string | null;
  onBack(): void;
  onPlay(id: string): void;
  onExport(): Promise<string | null>;
  onImport(text: string): void;
}

const dateText = (iso: string) => t('profile.date', { date: new Date(iso) });

/**
 * The ending an attempt reached, named in the learner's language: the record keeps its id and its
 * English title; the entry (with the menu's words) has the titles in the language.
 */
function endingTitle(entry: CatalogEntry, attempt: Attempt | undefined): string {
  if (!attempt) return '';
  const mine = entry.endingTitles?.[attempt.ending];
  if (mine) return mine;
  if (attempt.ending === 'end' && attempt.endingTitle === 'The end') return t('ending.theEnd');
  return attempt.endingTitle || attempt.ending;
}

/**
 * The path map of a story played: its scenes, choices and endings laid out at build time
 * (`entry.map`, a module of its own) and drawn with what the learner found (path-map.ts).
 */
function pathMap(entry: CatalogEntry, found: Found, played: boolean): HTMLElement {
  const heading = h('h3', {}, t('profile.pathMap'));
  const endings = entry.endingIds?.length ?? 0;
  const host = h('div', { class: 'path-map' }, heading);
  if (!played) {
    host.append(h('p', {}, t('profile.map.unplayed', { n: endings })));
    return host;
  }
  const fallback = (why: string) => {
    const n = (entry.endingIds ?? []).filter((e) => found.endings.includes(e)).length;
    host.replaceChildren(heading, h('p', {}, t('profile.map.fallback', { found: n, total: endings, why })));
  };
  if (!entry.map) {
    fallback(t('profile.map.none'));
    return host;
  }
  host.append(h('p', { class: 'path-map-loading' }, t('profile.map.drawing')));
  entry
    .map()
    .then((map) =>
      map
        ? host.replaceChildren(heading, ...renderPathMap(entry, map, found))
        : fallback(t('profile.map.none')),
    )
    .catch((e: unknown) => {
      console.warn('[Rapport] path map unavailable', e);
      fallback(t('profile.map.failed'));
    });
  return host;
}

function scenarioSection(entry: CatalogEntry, props: ProfileProps): HTMLElement {
  const record = scenarioOf(props.profile, entry.id);
  const series = improvementSeries(record);
  const best = record.bestScore;
  const max = entry.scoreRange?.max ? Math.round(entry.scoreRange.max) : null;
  const chartHost = h('div', { class: 'improvement-chart', 'aria-hidden': 'true' });
  if (series.length >= 2) {
    void nextFrame()
      .then(() => import('../shared/debrief-chart.ts'))
      .then((m) => chartHost.isConnected && keepChart(chartHost, m.drawImprovement(chartHost, series)))
      .catch((e) => console.warn('[Rapport] chart unavailable; the table has the same data', e));
  }
  const id = `progress-${entry.id}`;
  return h(
    'section',
    { class: 'progress-card', 'aria-labelledby': id },
    h('h2', { id, ...english(entry) }, entry.title),
    record.attempts.length === 0
      ? h('p', {}, t('profile.notPlayed'))
      : h(
          'p',
          { class: 'record' },
          best !== null && max
            ? t('profile.record.ofBest', {
                best,
                share: Math.round((Math.min(best, max) / max) * 100) / 100,
                max,
                n: record.attempts.length,
              })
            : t('profile.record', { best: best ?? '—', n: record.attempts.length }),
        ),
    chartHost,
    record.attempts.length
      ? tableScroll(
          t('profile.attempts.caption', { title: entry.title }),
          h(
            'table',
            { class: 'attempts' },
            h('caption', {}, t('profile.attempts.caption', { title: entry.title })),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                [
                  t('profile.attempts.number'),
                  t('profile.attempts.date'),
                  t('profile.attempts.ending'),
                  t('profile.attempts.score'),
                  t('profile.attempts.change'),
                ].map((c) => h('th', { scope: 'col' }, c)),
              ),
            ),
            h(
              'tbody',
              {},
              series.map((p, i) =>
                h(
                  'tr',
                  {},
                  h('td', {}, String(p.attempt)),
                  h('td', {}, dateText(p.date)),
                  h('td', {}, endingTitle(entry, record.attempts[i])),
                  h('td', {}, String(p.score)),
                  h('td', {}, p.change === null ? '—' : p.change > 0 ? `+${p.change}` : String(p.change)),
                ),
              ),
            ),
          ),
        )
      : null,
    pathMap(
      entry,
      { endings: record.endingsFound, sources: record.choiceSourcesFound },
      record.attempts.length > 0 || record.choiceSourcesFound.length > 0,
    ),
    h(
      'button',
      { type: 'button', class: 'primary', onclick: () => props.onPlay(entry.id) },
      record.attempts.length ? t('menu.playAgain') : t('menu.play'),
      h('span', { class: 'visually-hidden' }, ` ${entry.title}`),
    ),
  );
}

export function renderProfile(props: ProfileProps): HTMLElement {
  const fileInput = h('input', {
    id: 'import-file',
    type: 'file',
    accept: 'application/json,.json',
    class: 'visually-hidden',
    onchange: (e: Event) => {
      const file = (e.target as HTMLInputElement).files?.[0];
      if (!file) return;
      if (file.size > 8 * 1024 * 1024) {
        props.onImport('');
        return;
      }
      void file.text().then((text) => props.onImport(text));
    },
  });
  const exportProgress = async () => {
    const text = await props.onExport();
    if (!text) return;
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = h('a', {
      href: url,
      download: `rapport-progress-${new Date().toISOString().slice(0, 10)}.json`,
    });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return h(
    'div',
    { class: 'screen profile-screen' },
    h(
      'header',
      { class: 'topbar' },
      h('button', { class: 'ghost', type: 'button', onclick: () => props.onBack() }, t('common.toScenarios')),
      h('h1', { class: 'story-title' }, t('menu.myProgress')),
      settingsButton(props.settings),
    ),
    h(
      'main',
      { id: 'main', class: 'profile', tabindex: -1 },
      props.storageProblem ? h('p', { class: 'storage-note', role: 'note' }, props.storageProblem) : null,
      h(
        'div',
        { class: 'profile-actions' },
        h('p', {}, t('profile.keptHere')),
        h('button', { type: 'button', class: 'ghost', onclick: exportProgress }, t('profile.export')),
        h(
          'label',
          {
            for: 'import-file',
            class: 'ghost file-label',
            tabindex: 0,
            onkeydown: (e: Event) => {
              const k = (e as KeyboardEvent).key;
              if (k === 'Enter' || k === ' ') {
                e.preventDefault();
                fileInput.click();
              }
            },
          },
          t('profile.import'),
        ),
        fileInput,
      ),
      h(
        'div',
        { class: 'progress-grid' },
        props.catalog.map((e) => scenarioSection(e, props)),
      ),
    ),
  );
}
