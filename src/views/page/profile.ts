/**
 * "My progress": the learner's record, kept in this browser — attempts per scenario with date,
 * ending and score; the best score and its share of the best reachable; an improvement chart
 * (with the same data as a table); a path map of the scenes, choices and endings found (path-map.ts);
 * export and import of the whole record as a JSON file.
 */
import { improvementSeries, scenarioOf, type Profile } from '../../app/persist/index.ts';
import type { CatalogEntry } from '../../app/catalog.ts';
import type { SettingsStore } from '../../app/stores/settings.ts';
import { keepChart } from '../shared/charts.ts';
import { h } from '../shared/dom.ts';
import { settingsButton } from '../shared/settings-button.ts';
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
  onExport(): string | null;
  onImport(text: string): void;
}

const dateText = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/**
 * The path map of a story played: its scenes, choices and endings laid out at build time
 * (`entry.map`, a module of its own) and drawn with what the learner found (path-map.ts).
 */
function pathMap(entry: CatalogEntry, found: Found, played: boolean): HTMLElement {
  const heading = h('h3', {}, 'Path map');
  const endings = entry.endingIds?.length ?? 0;
  const host = h('div', { class: 'path-map' }, heading);
  if (!played) {
    host.append(
      h('p', {}, `${endings} ending${endings === 1 ? '' : 's'} to find: play it to start its map.`),
    );
    return host;
  }
  const fallback = (why: string) => {
    const n = (entry.endingIds ?? []).filter((e) => found.endings.includes(e)).length;
    host.replaceChildren(heading, h('p', {}, `Endings found: ${n} of ${endings}. ${why}`));
  };
  if (!entry.map) {
    fallback('This story has no map.');
    return host;
  }
  host.append(h('p', { class: 'path-map-loading' }, 'Drawing the map…'));
  entry
    .map()
    .then((map) =>
      map
        ? host.replaceChildren(heading, ...renderPathMap(entry, map, found))
        : fallback('This story has no map.'),
    )
    .catch((e: unknown) => {
      console.warn('[Rapport] path map unavailable', e);
      fallback('The map could not be loaded.');
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
    h('h2', { id }, entry.title),
    record.attempts.length === 0
      ? h('p', {}, 'Not played yet.')
      : h(
          'p',
          { class: 'record' },
          `Best score ${best ?? '—'}${best !== null && max ? ` (${Math.round((Math.min(best, max) / max) * 100)} % of the best reachable, ${max})` : ''} · ${record.attempts.length} attempt${record.attempts.length === 1 ? '' : 's'}`,
        ),
    chartHost,
    record.attempts.length
      ? h(
          'table',
          { class: 'attempts' },
          h('caption', {}, `Attempts at “${entry.title}”`),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['#', 'Date', 'Ending', 'Score', 'Change'].map((c) => h('th', { scope: 'col' }, c)),
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
                h('td', {}, record.attempts[i]?.endingTitle || record.attempts[i]?.ending || ''),
                h('td', {}, String(p.score)),
                h('td', {}, p.change === null ? '—' : p.change > 0 ? `+${p.change}` : String(p.change)),
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
      record.attempts.length ? 'Play again' : 'Play',
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
  const exportProgress = () => {
    const text = props.onExport();
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
      h('button', { class: 'ghost', type: 'button', onclick: () => props.onBack() }, '← Scenarios'),
      h('h1', { class: 'story-title' }, 'My progress'),
      settingsButton(props.settings),
    ),
    h(
      'main',
      { id: 'main', class: 'profile', tabindex: -1 },
      props.storageProblem ? h('p', { class: 'storage-note', role: 'note' }, props.storageProblem) : null,
      h(
        'div',
        { class: 'profile-actions' },
        h(
          'p',
          {},
          'Your progress is kept in this browser only. Export it to keep a copy or move it to another device.',
        ),
        h('button', { type: 'button', class: 'ghost', onclick: exportProgress }, 'Export my progress'),
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
          'Import progress from a file',
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
