/**
 * The Phaser stage as a view on the store: mounts the scene (scene.ts) in its host, feeds it the
 * session view on every store change and the settings (reduced motion), writes what it shows onto
 * the host (data attributes and its text alternative), and lets a press paint before the stage
 * draws. It never calls ink or the model. Loaded lazily after the first line of dialogue (see
 * src/views/page/app.ts).
 */
import Phaser from 'phaser';
import type { GameStore } from '../../app/stores/game-store.ts';
import { reducedMotion, type SettingsStore } from '../../app/stores/settings.ts';
import { afterPaint } from '../../platform/schedule.ts';
import { STAGE_HEIGHT, STAGE_WIDTH } from './layout.ts';
import { hasHardwareWebgl } from './renderer.ts';
import { StageScene, type FloatingCue } from './scene.ts';
import { PALETTE, hex } from './svg.ts';

/** Input that may change the page at once (a choice, a key): the stage waits a frame for it. */
const INPUT = ['keydown', 'click'] as const;

export function mountStage(
  host: HTMLElement,
  store: GameStore,
  settings: SettingsStore,
): { destroy(): void; restart(): void } {
  const scene = new StageScene();
  scene.reducedMotion = reducedMotion(settings.getState());
  // The presenter's projector view is read from the back of a room: bigger names and cards.
  scene.textBoost = document.documentElement.classList.contains('projector-page') ? 1.6 : 1;
  const unsubscribeSettings = settings.subscribe((s) => (scene.reducedMotion = reducedMotion(s)));
  // Phaser's code was evaluated in the task that brought this module (about 100 ms without a GPU):
  // the game boots in a task of its own, so the two never make one long task.
  let game: Phaser.Game | null = null;
  const boot = setTimeout(() => {
    game = new Phaser.Game(config());
  }, 0);
  const config = (): Phaser.Types.Core.GameConfig => ({
    // WebGL on a GPU; the 2D Canvas where WebGL would run in software (renderer.ts).
    type: hasHardwareWebgl() ? Phaser.AUTO : Phaser.CANVAS,
    parent: host,
    width: STAGE_WIDTH,
    height: STAGE_HEIGHT,
    backgroundColor: hex(PALETTE.ink),
    banner: false,
    audio: { noAudio: true },
    // Fades and moves read fine at 30 fps, and it halves the cost where WebGL runs in software
    // (virtual desktops without a GPU are common in corporate training).
    fps: { limit: 30 },
    render: { powerPreference: 'low-power', antialias: true },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene,
  });
  host.classList.add('stage-ready');
  let latest = store.getState().session;
  scene.onReady = () => latest && scene.show(latest);
  // What the stage shows, readable from the page: `data-people="liwei:uneasy"` (everyone drawn with
  // a face), `data-remote` (those of them on the phone), `data-message` ("email:claire"), `data-speaker`,
  // `data-place`, `data-transition` while a card between meetings is up, `data-learner` (`in` or
  // `out`: the learner's shoulder in the camera's shot) and `data-cues` (the floating cues).
  scene.onReport = (report) => {
    if (report.people !== undefined) host.dataset.people = report.people;
    if (report.remote !== undefined) host.dataset.remote = report.remote;
    if (report.message !== undefined) host.dataset.message = report.message;
    if (report.speaker !== undefined) host.dataset.speaker = report.speaker;
    if (report.place !== undefined) host.dataset.place = report.place;
    // Once drawn, the stage describes itself: everyone on it and their faces, not just the speaker.
    if (report.label !== undefined) host.setAttribute('aria-label', report.label);
    if (report.transition !== undefined) {
      if (report.transition === null) delete host.dataset.transition;
      else host.dataset.transition = report.transition;
    }
    if (report.learner !== undefined) host.dataset.learner = report.learner;
    if (report.cues !== undefined) {
      cues = report.cues;
      if (cues.length) host.dataset.cues = JSON.stringify(cues);
      else delete host.dataset.cues;
      keepCaptionsClear();
    }
  };
  // The floating cues are drawn at the top of the picture, where the sound captions are too
  // (src/views/sound/running.ts): while a cue shows, the frame says so (`data-cues-up`) and the
  // captions move to the picture's bottom corner (styles.css) — pushed down under the cues they sat
  // on the people's name plates.
  let cues: readonly FloatingCue[] = [];
  const keepCaptionsClear = () => host.parentElement?.toggleAttribute('data-cues-up', cues.length > 0);
  const unsubscribe = store.subscribe((state) => {
    if (state.session && state.session !== latest) {
      latest = state.session;
      if (scene.ready) scene.show(latest);
    }
  });
  // The canvas follows its host's size only while the loop runs: wake it on any resize.
  const onResize = () => {
    if (scene.ready) scene.touch();
    if (cues.length) keepCaptionsClear();
  };
  window.addEventListener('resize', onResize);
  // Input first: the frame that paints the answer to a press is not shared with the stage.
  const onInput = () => scene.hold(afterPaint());
  const inputOptions = { capture: true, passive: true } as const;
  for (const type of INPUT) window.addEventListener(type, onInput, inputOptions);
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(onResize) : null;
  observer?.observe(host);
  return {
    // Play again, or replay from a moment: the same canvas, textures and art, a fresh run on them.
    restart() {
      scene.newRun();
    },
    destroy() {
      unsubscribe();
      unsubscribeSettings();
      window.removeEventListener('resize', onResize);
      for (const type of INPUT) window.removeEventListener(type, onInput, inputOptions);
      observer?.disconnect();
      clearTimeout(boot);
      host.parentElement?.removeAttribute('data-cues-up');
      if (!game) return;
      // Phaser tears down on its next step: a sleeping loop would never get there and the whole
      // game (canvas, WebGL context, textures) would leak. Wake it first.
      if (!game.loop.running) game.loop.wake();
      game.destroy(true);
    },
  };
}
