/** The start menu: every scenario in the catalog, with its title, summary and role. */
import type { CatalogEntry } from '../story/catalog.ts';
import type { SettingsStore } from '../store/settings.ts';
import { h } from './dom.ts';
import { settingsButton } from './settings-dialog.ts';

export function renderMenu(
  catalog: readonly CatalogEntry[],
  onPlay: (id: string) => void,
  settings: SettingsStore,
): HTMLElement {
  const cards = catalog.map((entry) => {
    const meta = [
      entry.minutes ? `${entry.minutes} min` : null,
      entry.seeds.length ? `Sources: ${entry.seeds.map((s) => s.slice(0, 3)).join(', ')}` : null,
    ]
      .filter(Boolean)
      .join(' · ');
    const headingId = `story-${entry.id}`;
    return h(
      'li',
      { class: 'card' },
      h(
        'article',
        { 'aria-labelledby': headingId },
        h('h3', { id: headingId }, entry.title),
        entry.summary ? h('p', { class: 'summary' }, entry.summary) : null,
        entry.role ? h('p', { class: 'role' }, entry.role) : null,
        meta ? h('p', { class: 'meta' }, meta) : null,
        entry.error
          ? h(
              'p',
              { class: 'card-error', role: 'note' },
              `This scenario has an error in its ink: ${entry.error}`,
            )
          : null,
        h(
          'button',
          { class: 'primary', type: 'button', 'data-story': entry.id, onclick: () => onPlay(entry.id) },
          'Play',
          h('span', { class: 'visually-hidden' }, ` ${entry.title}`),
        ),
      ),
    );
  });
  return h(
    'div',
    { class: 'screen menu-screen' },
    h(
      'header',
      { class: 'hero' },
      h('div', { class: 'hero-top' }, h('h1', {}, 'Rapport'), settingsButton(settings)),
      h(
        'p',
        { class: 'tagline' },
        'Practise the conversations that build — or break — business relationships across cultures. Every choice moves Rapport and Trust; the coach tells you why.',
      ),
    ),
    h(
      'main',
      { id: 'main', tabindex: -1 },
      h('h2', { class: 'section-title' }, 'Scenarios'),
      catalog.length
        ? h('ul', { class: 'cards' }, cards)
        : h('p', {}, 'No scenarios found. Add an .ink file to the stories/ folder (see docs/authoring.md).'),
    ),
  );
}
