/**
 * Presenter mode, the facilitator's console: the upcoming choices with their hidden consequences
 * and coach notes, the story's discussion prompts, and the controls — pause, reveal, choose,
 * back one step, show/hide meters. It owns the presenter state and publishes every change to
 * the projector window (see link.ts).
 */
import { scenarioGuideHref } from '../shared/guide-link.ts';
import { speakerLabel } from '../shared/speaker.ts';
import type { LoadedStory } from '../../core/session/types.ts';
import type { StoryText } from '../../core/session/story-text.ts';
import { language, t } from '../../l10n/index.ts';
import type { CatalogEntry } from '../../app/catalog.ts';
import { tagValues } from '../../core/story/tags.ts';
import { h } from '../shared/dom.ts';
import type { PresenterLink, PresenterState } from './link.ts';
import { replay } from '../../core/session/replay.ts';
import { previewChoices } from './preview.ts';

export function mountConsole(
  root: HTMLElement,
  entry: CatalogEntry,
  story: LoadedStory,
  link: PresenterLink,
  initial: PresenterState,
  /** The story's words in the console's language (null: English). */
  text: StoryText | null = null,
): void {
  let state = initial;
  const set = (patch: Partial<PresenterState>) => {
    state = { ...state, ...patch };
    link.publish(state);
    render();
  };
  // The projector opens in the console's language (the room reads what the facilitator reads).
  const projectorUrl = () =>
    `${location.pathname}?projector=${encodeURIComponent(state.key)}&lang=${encodeURIComponent(language())}`;
  const toggle = (label: string, pressed: boolean, onClick: () => void) =>
    h(
      'button',
      {
        type: 'button',
        class: pressed ? 'primary' : 'ghost',
        'aria-pressed': String(pressed),
        onclick: onClick,
      },
      label,
    );

  const render = () => {
    const session = replay(story, state.path, { text });
    const view = session.current;
    const prompts = view.lines.flatMap((l) => tagValues(l.tags, 'discuss'));
    const previews = view.ended ? [] : previewChoices(story, view.path, view);
    const recent = view.lines.slice(-8);
    root.replaceChildren(
      h(
        'div',
        { class: 'screen console-screen' },
        h(
          'header',
          { class: 'topbar' },
          h('a', { class: 'ghost', href: location.pathname }, t('common.toScenarios')),
          h('h1', { class: 'story-title' }, t('present.title', { title: entry.title })),
          // The scenario's printable guide (build/guide/), beside the console, in its language.
          h(
            'a',
            {
              class: 'ghost',
              href: scenarioGuideHref(entry.id),
              target: '_blank',
              rel: 'noopener',
            },
            t('menu.guide'),
            h('span', { class: 'visually-hidden' }, ` ${t('present.newTab')}`),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'primary',
              onclick: () => window.open(projectorUrl(), `rapport-projector-${state.key}`, 'popup'),
            },
            t('present.openProjector'),
          ),
        ),
        h(
          'main',
          { id: 'main', class: 'console', tabindex: -1 },
          h(
            'section',
            { class: 'console-controls', 'aria-label': t('present.controls') },
            toggle(t(state.paused ? 'present.resume' : 'present.pause'), state.paused, () =>
              set({ paused: !state.paused }),
            ),
            toggle(t('present.reveal'), state.revealed, () => set({ revealed: !state.revealed })),
            toggle(t('present.showMeters'), state.metersVisible, () =>
              set({ metersVisible: !state.metersVisible }),
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'ghost',
                disabled: state.path.length === 0,
                onclick: () => set({ path: state.path.slice(0, -1), revealed: false }),
              },
              t('present.back'),
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'ghost',
                onclick: () => set({ path: [], revealed: false, paused: false }),
              },
              t('present.restart'),
            ),
            h(
              'p',
              { class: 'console-link' },
              t('present.projectorAddress'),
              ' ',
              h('code', {}, new URL(projectorUrl(), location.href).href),
            ),
          ),
          h(
            'section',
            { class: 'console-now', 'aria-labelledby': 'now-title' },
            h('h2', { id: 'now-title' }, t('present.now')),
            h(
              'ol',
              { class: 'transcript' },
              recent.map((l) =>
                h(
                  'li',
                  { class: 'line' },
                  l.speakerName ? h('strong', {}, `${t('play.speaker', { name: speakerLabel(l) })} `) : null,
                  l.text,
                ),
              ),
            ),
            h(
              'p',
              { class: 'record' },
              view.counterparts
                .map((c) => t('present.meters', { name: c.name, rapport: c.rapport, trust: c.trust }))
                .join(' · '),
            ),
            prompts.length
              ? h(
                  'div',
                  { class: 'prompts' },
                  h('h3', {}, t('present.prompts')),
                  h(
                    'ul',
                    {},
                    prompts.slice(-3).map((p) => h('li', {}, p)),
                  ),
                )
              : null,
          ),
          h(
            'section',
            { class: 'console-choices', 'aria-labelledby': 'choices-title' },
            h(
              'h2',
              { id: 'choices-title' },
              view.ended
                ? t('present.ending', { title: view.ending?.title ?? t('ending.theEnd') })
                : t('present.choices'),
            ),
            view.ended
              ? h(
                  'div',
                  {},
                  h('p', { class: 'score' }, t('debrief.score', { score: view.outcome?.score ?? 0 })),
                  h(
                    'ul',
                    {},
                    (view.ending?.learn ?? []).map((p) => h('li', {}, p.text)),
                  ),
                )
              : h(
                  'ol',
                  { class: 'previews' },
                  previews.map((p) =>
                    h(
                      'li',
                      { class: 'preview' },
                      h('p', { class: 'preview-text' }, h('strong', {}, `${p.index + 1}. `), p.text),
                      p.coach
                        ? h(
                            'p',
                            { class: 'preview-coach' },
                            h('strong', {}, t('present.coach')),
                            ' ',
                            p.coach,
                          )
                        : null,
                      h('p', { class: 'preview-effect' }, p.effects.join(' · ')),
                      p.explanations.length
                        ? h(
                            'ul',
                            { class: 'coach-effects' },
                            p.explanations.map((e) => h('li', {}, e)),
                          )
                        : null,
                      h(
                        'button',
                        {
                          type: 'button',
                          class: 'primary small',
                          onclick: () => set({ path: [...state.path, p.index], revealed: false }),
                        },
                        t('present.choose', { n: p.index + 1 }),
                        h('span', { class: 'visually-hidden' }, `: ${p.text}`),
                      ),
                    ),
                  ),
                ),
          ),
        ),
      ),
    );
  };
  // A reloaded projector asks nothing: it reads the saved state. Publish once so it exists.
  link.publish(state);
  render();
}
