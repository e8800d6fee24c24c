/**
 * The sound system running: started from the learner's first gesture by `sound.ts`.
 *
 * - Ambience and cues follow the game store through the pure director (`directSound`): a place's
 *   ambience, a cue for a large relationship move, the ending chime; silence off the play screen.
 * - UI sounds for the learner's own presses (a choice; menu and ending buttons).
 * - Volumes and mute follow the settings store at once; a hidden tab goes quiet.
 * - Captions: meaningful sounds (cues, the ending chime, a place's ambience) show a short caption
 *   over the stage while the Captions setting is on. They are `aria-hidden`: for a screen-reader
 *   user the same news is already spoken by the meters and the coach, so a caption would only say
 *   it twice.
 * The page exposes where sound is as `data-sound` on <html> (`loading`, `ready`, `failed`).
 */
import { applyAudioCommands, createHowlerAudio, directSound, type Caption } from './index.ts';
import type { SessionView } from '../../core/session/types.ts';
import type { GameState, GameStore } from '../../app/stores/game-store.ts';
import type { Settings, SettingsStore } from '../../app/stores/settings.ts';
import { h } from '../shared/dom.ts';
import { hasMessage, t } from '../../l10n/index.ts';
import { afterPaint } from '../../platform/schedule.ts';

const CAPTION_MS = 4000;
const MAX_CAPTIONS = 2;

export function startSound(store: GameStore, settings: SettingsStore): () => void {
  const s = settings.getState();
  const port = createHowlerAudio({
    volumes: { music: s.musicVolume, effects: s.effectsVolume },
    muted: s.muted || document.hidden,
  });
  const root = document.documentElement;
  port.unlock();
  const report = () => (root.dataset.sound = port.status);
  report();
  const poll = setInterval(() => {
    report();
    if (port.status !== 'loading' && port.status !== 'locked') clearInterval(poll);
  }, 200);

  // Before the first command: the opening place's ambience has a caption too.
  const unsubscribeCaptions = port.onCaption((caption) => {
    if (settings.getState().captions) showCaption(caption);
  });

  const viewOf = (state: GameState): SessionView | null => (state.screen === 'play' ? state.session : null);
  let shown = viewOf(store.getState());
  applyAudioCommands(port, directSound(null, shown));
  // Sound follows the page one frame late, like the stage: the next line is painted first (the
  // choice → paint time stays what it is without sound), and a step's sound starts right after.
  let queued = false;
  const follow = () => {
    queued = false;
    const next = viewOf(store.getState());
    if (next === shown) return;
    applyAudioCommands(port, directSound(shown, next));
    shown = next;
  };
  const unsubscribeStore = store.subscribe(() => {
    if (queued) return;
    queued = true;
    void afterPaint().then(follow);
  });

  const applySettings = (now: Settings) => {
    port.setVolume('music', now.musicVolume);
    port.setVolume('effects', now.effectsVolume);
    port.setMuted(now.muted || document.hidden);
    if (!now.captions) for (const c of document.querySelectorAll('.sound-caption')) c.remove();
  };
  const unsubscribeSettings = settings.subscribe(applySettings);
  const onVisibility = () => applySettings(settings.getState());
  document.addEventListener('visibilitychange', onVisibility);

  const onClick = (e: Event) => {
    const target = e.target instanceof Element ? e.target : null;
    if (target?.closest('.choices button')) port.play('ui-choice');
    else if (target?.closest('.menu-screen button, .ending-actions button, .topbar button'))
      port.play('ui-menu');
  };
  document.addEventListener('click', onClick, true);

  return () => {
    clearInterval(poll);
    unsubscribeStore();
    unsubscribeSettings();
    unsubscribeCaptions();
    document.removeEventListener('visibilitychange', onVisibility);
    document.removeEventListener('click', onClick, true);
    port.dispose();
  };
}

/** A sound's caption in the learner's language (`sound.<id>` in the catalog), else as catalogued. */
function captionText(caption: Caption): string {
  const key = `sound.${caption.sound}`;
  return hasMessage(key) ? t(key) : caption.text;
}

/**
 * A caption over the stage: top left, clear of the speaker's name plate and the scene label; while
 * the stage's floating cues show at the top, in the picture's bottom corner instead (the stage sets
 * `data-cues-up` on its frame; styles.css places them).
 */
function showCaption(caption: Caption): void {
  const frame = document.querySelector('.stage-frame');
  if (!frame) return;
  let list = frame.querySelector<HTMLElement>('.sound-captions');
  if (!list) {
    list = h('div', { class: 'sound-captions', 'aria-hidden': 'true' });
    frame.append(list);
  }
  const line = h(
    'p',
    { class: `sound-caption sound-caption-${caption.kind}`, 'data-sound': caption.sound },
    captionText(caption),
  );
  list.append(line);
  while (list.children.length > MAX_CAPTIONS) list.firstElementChild?.remove();
  setTimeout(() => line.remove(), CAPTION_MS);
}
