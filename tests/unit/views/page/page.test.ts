// @vitest-environment happy-dom
/**
 * The page's logic without a browser (happy-dom): the menu starts a story through the controller;
 * the play screen shows the conversation and its choices as buttons with their number keys; the
 * number keys choose (and nothing else does); notices and problems say what happened with their
 * actions; the ending's title takes the focus; a stage that cannot load is said in words.
 * The browser tests (tests/browser) check the same screens drawn and laid out in Chromium.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCatalogEntry } from '../../../../build/ink/catalog-entry.ts';
import { compileInkFile } from '../../../../build/ink/compile.ts';
import type { CatalogEntry } from '../../../../src/app/catalog.ts';
import { createGame } from '../../../../src/app/controller.ts';
import { createPersistence, MemoryStore } from '../../../../src/app/persist/index.ts';
import { createGameStore } from '../../../../src/app/stores/game-store.ts';
import { createSettingsStore } from '../../../../src/app/stores/settings.ts';
import { parseInkJson } from '../../../../src/core/story/ink-json.ts';
import { mountApp } from '../../../../src/views/page/app.ts';
import { fixture } from '../../core/story/helpers.ts';

let unmount: (() => void) | null = null;
afterEach(() => {
  vi.restoreAllMocks();
  unmount?.();
  unmount = null;
  document.body.replaceChildren();
});

const settle = async (times = 5) => {
  for (let i = 0; i < times; i++) await new Promise((r) => setTimeout(r, 20));
};

function page(stageError = new Error('the stage chunk was refused')) {
  // The page says on the console why the stage is missing; the test reads it instead of printing it.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const result = compileInkFile(fixture('session.ink'));
  const story = { id: 'session', hash: 'h', json: parseInkJson(result.json!) };
  const entry: CatalogEntry = { ...readCatalogEntry('session', result), load: async () => story };
  const store = createGameStore([entry]);
  const persistence = createPersistence({ store: new MemoryStore(), tabId: 'tab' });
  const game = createGame(store, persistence);
  const settings = createSettingsStore(new MemoryStore());
  const root = document.createElement('div');
  document.body.append(root);
  unmount = mountApp(
    root,
    store,
    game,
    settings,
    () => null,
    () => Promise.reject(stageError),
  );
  return { root, store, game, settings, entry };
}

const key = (k: string, extra: KeyboardEventInit = {}) =>
  window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...extra }));

/** Wait (at most 10 s: the first start loads the engine) until `ready` holds. */
async function until(ready: () => boolean, what: string) {
  const by = Date.now() + 10_000;
  while (!ready()) {
    if (Date.now() > by) throw new Error(`still waiting for ${what}`);
    await settle(1);
  }
}

async function startFromMenu(root: HTMLElement) {
  // The menu's code loads when the page first shows it (not in the first bundle).
  await until(() => root.querySelector('button[data-story="session"]') !== null, 'the menu');
  const play = root.querySelector<HTMLButtonElement>('button[data-story="session"]');
  expect(play, 'the menu offers the story').not.toBeNull();
  play!.click();
  await until(() => root.querySelectorAll('button.choice').length > 0, 'the first choices');
}

describe('the page', () => {
  it('starts a story from the menu and shows its lines and choices, each with its number key', async () => {
    const { root, entry } = page();
    await startFromMenu(root);
    expect(document.title).toBe(`${entry.title} — Rapport`);
    expect(root.querySelectorAll('.transcript .line').length).toBeGreaterThan(0);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[aria-label="Choices"] button.choice')];
    expect(buttons.length).toBeGreaterThan(1);
    expect(buttons.map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual(
      buttons.map((_, i) => String(i + 1)),
    );
  });

  it('chooses with the number keys, and ignores modified keys and numbers beyond the choices', async () => {
    const { root, store } = page();
    await startFromMenu(root);
    const count = store.getState().session!.choices.length;
    key('1', { ctrlKey: true });
    key(String(count + 1));
    await settle();
    expect(store.getState().session!.path).toEqual([]);
    key('1');
    await settle();
    expect(store.getState().session!.path).toEqual([0]);
    const said = [...root.querySelectorAll('.transcript .line-you')].map((l) => l.textContent);
    expect(said.length).toBe(1);
  });

  it("answers a press at once (the choice marked, the learner's line shown), takes the step after, and once", async () => {
    const { root, store } = page();
    await startFromMenu(root);
    const shown = store.getState().session!;
    const texts = [...root.querySelectorAll('button.choice .choice-text')].map((b) => b.textContent);
    const lines = root.querySelectorAll('.transcript .line').length;
    key('1');
    // In the press's own task: the learner's answer, waiting for the story; the choices marked.
    expect(store.getState().session).toBe(shown);
    const answer = root.querySelector('.transcript .line[data-pending]');
    expect(answer?.classList.contains('line-you')).toBe(true);
    expect(answer?.textContent).toBe(`You: ${texts[0]}`);
    expect(root.querySelectorAll('.transcript .line').length).toBe(lines + 1);
    const old = [...root.querySelectorAll<HTMLButtonElement>('button.choice')];
    expect(old.map((b) => b.getAttribute('aria-disabled'))).toEqual(old.map(() => 'true'));
    expect(old.map((b) => b.classList.contains('picked'))).toEqual(old.map((_, i) => i === 0));
    // More presses while the step waits, by key and by click, take nothing.
    key('2');
    old[1]!.click();
    await until(() => store.getState().session!.path.length > 0, 'the story to step');
    await until(() => !root.querySelector('button.choice[aria-disabled]'), 'the new choices');
    await settle();
    expect(store.getState().session!.path).toEqual([0]);
    const said = [...root.querySelectorAll('.transcript .line-you')];
    expect(said).toEqual([answer]); // the same line, confirmed: the live region says it once
    expect(answer!.hasAttribute('data-pending')).toBe(false);
    expect(root.querySelectorAll('.transcript .line').length).toBeGreaterThan(lines + 1);
    // The keyboard stays in the flow: the first new choice has the focus.
    expect(document.activeElement).toBe(root.querySelector('button.choice'));
    expect(old.some((b) => b.isConnected)).toBe(false);
  });

  it('focuses the first choice once the first drawing is painted, not in the task that draws it, and never over the learner’s own focus', async () => {
    for (const learnerMoves of [false, true]) {
      const { root } = page();
      await until(() => root.querySelector('button[data-story="session"]') !== null, 'the menu');
      let atDrawing: Element | null | undefined;
      const elsewhere = () => root.querySelector<HTMLElement>('.topbar button');
      const seen = new MutationObserver(() => {
        if (atDrawing !== undefined || !root.querySelector('button.choice')) return;
        // Still in the task that drew the choices (a mutation observer runs at its end).
        atDrawing = document.activeElement;
        if (learnerMoves) elsewhere()!.focus();
      });
      seen.observe(root, { childList: true, subtree: true });
      root.querySelector<HTMLButtonElement>('button[data-story="session"]')!.click();
      await until(() => atDrawing !== undefined, 'the first choices');
      seen.disconnect();
      expect(atDrawing).not.toBe(root.querySelector('button.choice'));
      await settle(8);
      expect(document.activeElement).toBe(learnerMoves ? elsewhere() : root.querySelector('button.choice'));
    }
  });

  it('keeps the focus where it was when the same choices are drawn again (the story’s words arriving in another language)', async () => {
    const { root, store } = page();
    await startFromMenu(root);
    const shown = store.getState().session!;
    root.querySelector<HTMLButtonElement>('button.choice[data-index="1"]')!.focus();
    // The same step, another view (as when the learner's language's words arrive after the opening).
    store.setState({
      session: { ...shown, choices: shown.choices.map((c) => ({ ...c, text: `${c.text}!` })) },
    });
    await settle(1);
    expect(root.querySelector('button.choice .choice-text')?.textContent).toMatch(/!$/);
    expect(document.activeElement).toBe(root.querySelector('button.choice[data-index="1"]'));
    // Focus elsewhere on the page stays there.
    const elsewhere = root.querySelector<HTMLElement>('.topbar button')!;
    elsewhere.focus();
    store.setState({ session: { ...shown } });
    await settle(1);
    expect(document.activeElement).toBe(elsewhere);
  });

  it('says in the stage frame, in words, that the pictures could not load; the conversation goes on', async () => {
    const { root } = page();
    await startFromMenu(root);
    const stage = root.querySelector('.stage')!;
    await until(() => stage.classList.contains('stage-missing'), 'the stage to give up');
    expect(stage.classList.contains('stage-missing')).toBe(true);
    expect(stage.textContent).toMatch(/could not load/);
    expect(root.querySelectorAll('button.choice').length).toBeGreaterThan(0);
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringMatching(/stage could not load/),
      expect.any(Error),
    );
  });

  it('shows a notice with its actions as buttons; Close clears it', async () => {
    const { root, game } = page();
    game.notify({ kind: 'info', text: 'Welcome back.', actions: ['restart', 'dismiss'] });
    const slot = document.querySelector('.notice-slot')!;
    expect(slot.getAttribute('role')).toBe('status');
    expect(slot.textContent).toContain('Welcome back.');
    const labels = [...slot.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels).toEqual(['Start over', 'Close']);
    slot.querySelectorAll('button')[1]!.click();
    expect(slot.textContent).toBe('');
    expect(root.isConnected).toBe(true);
  });

  it('reports a problem as an alert with its cause and fix, focused, with the way back', async () => {
    const { root, store, game } = page();
    await game.start('no-such-story');
    const panel = root.querySelector('[role="alert"]')!;
    expect(panel.textContent).toContain('That scenario does not exist');
    expect(panel.textContent).toContain('What to do:');
    expect(document.activeElement?.id).toBe('problem-title');
    panel.querySelector('button')!.click();
    expect(store.getState()).toMatchObject({ screen: 'menu', problem: null });
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('focuses the ending title, then adds the take-aways and the way on', async () => {
    const { root, store } = page();
    await startFromMenu(root);
    while (!store.getState().session!.ended) {
      key('1');
      await settle(2);
    }
    await settle(10);
    const title = root.querySelector<HTMLElement>('#ending-title')!;
    expect(title).not.toBeNull();
    expect(document.activeElement).toBe(title);
    const actions = [...root.querySelectorAll('.ending-actions button')].map((b) => b.textContent);
    expect(actions).toEqual(['Play again', 'Back to scenarios']);
    expect(root.querySelector('.choices')!.hasAttribute('hidden')).toBe(true);
  });
});
