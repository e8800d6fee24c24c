/**
 * Story openings: the session before its first choice, made at build time so the page can show
 * the first lines before inkjs and the story load. A session continued from an opening must play
 * exactly as one started from the top, and the game must show the opening at once, take a choice
 * pressed before the session is there, and never let a stale start take over the screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { choicesOf } from '../../../build/analysis/golden.ts';
import { createPersistence, MemoryStore } from '../../../src/app/persist/index.ts';
import { createGame } from '../../../src/app/controller.ts';
import { Rehearsal } from '../../../src/app/rehearsal.ts';
import { Session, type StoryOpening } from '../../../src/core/session/session.ts';
import type { LoadedStory, SessionView } from '../../../src/core/session/types.ts';
import type { CatalogEntry } from '../../../src/app/catalog.ts';
import { readCatalogEntry } from '../../../build/ink/catalog-entry.ts';
import { compileInkFile } from '../../../build/ink/compile.ts';
import { createGameStore } from '../../../src/app/stores/game-store.ts';
import { parseInkJson } from '../../../src/core/story/ink-json.ts';

const root = resolve(__dirname, '../../..');
const storyIds = readdirSync(resolve(root, 'stories'))
  .filter((f) => f.endsWith('.ink'))
  .map((f) => f.replace(/\.ink$/, ''));

const compiled = new Map<string, { story: LoadedStory; entryData: ReturnType<typeof readCatalogEntry> }>();
function load(id: string) {
  if (!compiled.has(id)) {
    const result = compileInkFile(resolve(root, 'stories', `${id}.ink`), root);
    if (!result.json) throw new Error(`${id} does not compile`);
    compiled.set(id, {
      story: { id, hash: `hash-${id}`, json: parseInkJson(result.json) },
      entryData: readCatalogEntry(id, result),
    });
  }
  return compiled.get(id)!;
}

/** The opening as the build writes it: through JSON. */
const openingOf = (story: LoadedStory): StoryOpening =>
  JSON.parse(JSON.stringify(new Session(story).opening())) as StoryOpening;

const bestPath = (id: string) =>
  choicesOf(readFileSync(resolve(root, 'tests/golden', `${id}.best.txt`), 'utf8'));

/** What a learner sees and what gets recorded, step by step. */
const comparable = (v: SessionView) => ({
  lines: v.lines,
  choices: v.choices,
  counterparts: v.counterparts,
  coach: v.coach,
  scene: v.scene,
  ending: v.ending,
  score: v.outcome?.score,
  debrief: v.outcome?.debrief,
});

describe('Session.fromOpening', () => {
  for (const id of storyIds) {
    it(`${id}: plays its best path exactly as a session started from the top`, () => {
      const { story } = load(id);
      const fresh = new Session(story);
      const continued = Session.fromOpening(story, openingOf(story));
      expect(comparable(continued.current)).toEqual(comparable(fresh.current));
      for (const index of bestPath(id)) {
        expect(comparable(continued.choose(index))).toEqual(comparable(fresh.choose(index)));
      }
      expect(continued.current.ended).toBe(true);
      expect(continued.records).toEqual(fresh.records);
    });
  }

  it('can be used again and again: playing from it changes nothing in it (replays share one)', () => {
    const { story } = load('the-president');
    const opening = openingOf(story);
    const before = JSON.stringify(opening);
    const path = bestPath('the-president');
    const play = () => {
      const s = Session.fromOpening(story, opening);
      for (const index of path) s.choose(index);
      return comparable(s.current);
    };
    const first = play();
    expect(JSON.stringify(opening)).toBe(before);
    expect(play()).toEqual(first);
  });

  it('ignores an opening made from another version of the story and starts from the top', () => {
    const { story } = load('lost-face');
    const opening = openingOf(story);
    // Tamper with the opening: were it used, the first line would read differently.
    opening.view.lines[0]!.text = 'A line from an older version.';
    const edited = { ...story, hash: 'another-version' };
    const s = Session.fromOpening(edited, opening);
    expect(s.current.lines[0]!.text).not.toBe('A line from an older version.');
    expect(comparable(s.current)).toEqual(comparable(new Session(edited).current));
  });

  it('refuses to take an opening after the first choice', () => {
    const { story } = load('lost-face');
    const s = new Session(story);
    s.choose(0);
    expect(() => s.opening()).toThrow(/before the first choice/);
  });
});

/** A promise and the functions that settle it, for loads that finish when the test says. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** The real game over memory storage; the story's load waits for `release()`. */
function gameWithOpening(id = 'lost-face', storage = new MemoryStore()) {
  const { story, entryData } = load(id);
  const gate = deferred<LoadedStory>();
  let loads = 0;
  const entry: CatalogEntry = {
    ...entryData,
    load: () => {
      loads++;
      return gate.promise;
    },
    opening: async () => openingOf(story),
  };
  const store = createGameStore([entry]);
  const persistence = createPersistence({ store: storage, tabId: 'test-tab' });
  const painted: (() => void)[] = [];
  const idle: (() => void)[] = [];
  let idleAsks = 0;
  const game = createGame(store, persistence, {
    nextFrame: () => new Promise<void>((r) => painted.push(r)),
    whenIdle: () => new Promise<void>((r) => (idleAsks++, idle.push(r))),
  });
  const paint = () => painted.splice(0).forEach((r) => r());
  /** Let the page go idle once; false when nothing was waiting for it. */
  const goIdle = async () => {
    const waiting = idle.splice(0);
    waiting.forEach((r) => r());
    await settle();
    return waiting.length > 0;
  };
  const release = async () => {
    paint();
    gate.resolve(story);
    await game.whenReady();
  };
  return {
    store,
    game,
    story,
    persistence,
    release,
    paint,
    goIdle,
    idleAsks: () => idleAsks,
    gate,
    fail: gate.reject,
    loads: () => loads,
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the game opens a story on its opening', () => {
  it('shows the first lines and choices before the story has loaded, and asks for it only in the frame that paints them', async () => {
    const t = gameWithOpening();
    void t.game.start('lost-face');
    await settle();
    const shown = t.store.getState();
    expect(shown.screen).toBe('play');
    expect(shown.session?.choices.length).toBeGreaterThan(1);
    expect(shown.session?.lines[0]?.text).toBe(new Session(t.story).current.lines[0]!.text);
    expect(t.game.session).toBeNull();
    expect(t.loads()).toBe(0); // asked for in the frame that paints the opening, not before
    t.paint();
    await settle();
    expect(t.loads()).toBe(1);
    await t.release();
    expect(t.game.session).not.toBeNull();
    expect(t.store.getState().session).toBe(shown.session); // same view: nothing redrawn
    expect(t.persistence.saves.load('lost-face').status).toBe('found');
  });

  it('takes a choice pressed before the session is there, and only the first press', async () => {
    const t = gameWithOpening();
    void t.game.start('lost-face');
    await settle();
    const firstText = t.store.getState().session!.choices[1]!.text;
    t.game.choose(1);
    t.game.choose(0); // a second press on choices the learner has not seen yet
    await t.release();
    await settle();
    const view = t.store.getState().session!;
    expect(view.path).toEqual([1]);
    expect(view.taken[0]!.text).toBe(firstText);
    const reference = new Session(t.story);
    expect(comparable(view)).toEqual(comparable(reference.choose(1)));
  });

  it('a learner who leaves before the session is there is not pulled back', async () => {
    const t = gameWithOpening();
    void t.game.start('lost-face');
    await settle();
    t.game.choose(0);
    t.game.toMenu();
    await t.release();
    await settle();
    expect(t.store.getState().screen).toBe('menu');
    expect(t.game.session).toBeNull();
    expect(t.persistence.saves.load('lost-face').status).toBe('none');
  });

  it('reports a story that fails to load behind its opening, with the cause', async () => {
    const t = gameWithOpening();
    const started = t.game.start('lost-face');
    await settle();
    t.game.choose(0);
    t.paint();
    t.fail(new Error('Failed to fetch dynamically imported module: /assets/lost-face.js'));
    await started;
    const problem = t.store.getState().problem;
    expect(problem?.title).toMatch(/could not be loaded/);
    expect(problem?.fix).toMatch(/connection/);
    expect(t.game.session).toBeNull();
  });

  it('rehearses the story on the side, a step per idle moment, to its end, touching nothing real', async () => {
    const t = gameWithOpening();
    void t.game.start('lost-face');
    await settle();
    await t.release();
    t.paint(); // the frame after the session: the externals are checked, the rehearsal asks for idle
    await settle();
    const view = t.store.getState().session;
    const saved = JSON.stringify(t.persistence.saves.load('lost-face'));
    // The side session starts from the learner's opening too: made from the top, its first idle
    // moment ran the opening's ink, the longest task of a page's start (16-63 ms, bench/STAGE.md).
    const fromOpening = vi.spyOn(Session, 'fromOpening');
    const prepare = vi.spyOn(Session.prototype, 'prepare');
    const choose = vi.spyOn(Session.prototype, 'chooseInSteps');
    await t.goIdle();
    expect(fromOpening).toHaveBeenCalledTimes(1);
    // Then ink's check of the externals in a moment of its own, before the first step runs ink.
    expect(prepare).not.toHaveBeenCalled();
    await t.goIdle();
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(choose).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    // A clock that stands still: no step is cut into slices (the next test cuts them).
    vi.spyOn(performance, 'now').mockReturnValue(0);
    let moments = 2;
    while ((await t.goIdle()) && moments < 100) moments++;
    vi.restoreAllMocks();
    // One moment to build the side session, one to check it, then one per choice until an ending: lost-face's
    // shortest path has more than five choices, and the rehearsal ended on its own.
    expect(moments).toBeGreaterThan(5);
    expect(moments).toBeLessThan(62);
    expect(t.store.getState().session).toBe(view);
    expect(JSON.stringify(t.persistence.saves.load('lost-face'))).toBe(saved);
    t.game.choose(0); // the real session plays on as if nothing had happened
    expect(comparable(t.store.getState().session!)).toEqual(comparable(new Session(t.story).choose(0)));
  });

  it('cuts a rehearsal step into slices of a few milliseconds, and plays the same story', async () => {
    const { story } = load('lost-face');
    const rehearse = async (tick: number) => {
      let clock = 0;
      let moments = 0;
      const sides: Session[] = [];
      const steps = vi.spyOn(Session.prototype, 'chooseInSteps');
      await new Rehearsal(
        async () => void moments++,
        () => (clock += tick),
      ).run(
        story,
        () => (sides.push(new Session(story)), sides.at(-1)!),
        () => true,
      );
      const count = steps.mock.calls.length;
      vi.restoreAllMocks();
      return { side: sides[0]!, moments, steps: count };
    };
    // A clock that stands still: one idle moment to make the side session, one to check it, one
    // per step.
    const whole = await rehearse(0);
    expect(whole.side.current.ended).toBe(true);
    expect(whole.moments).toBe(whole.steps + 2);
    // Each reading of the clock 5 ms later: every line after a step's first waits for a moment of
    // its own (a step of 8-33 ms held a key pressed during it; bench/STAGE.md, session 16).
    const sliced = await rehearse(5);
    expect(sliced.steps).toBe(whole.steps);
    expect(sliced.moments).toBeGreaterThan(sliced.steps * 2);
    // The same play-through, as `choose` plays it.
    const again = new Session(story);
    for (const i of sliced.side.current.path) again.choose(i);
    expect(comparable(sliced.side.current)).toEqual(comparable(again.current));
    expect(comparable(sliced.side.current)).toEqual(comparable(whole.side.current));
  });

  it('stops rehearsing when the learner leaves the story', async () => {
    const t = gameWithOpening();
    void t.game.start('lost-face');
    await settle();
    await t.release();
    t.paint();
    await settle();
    await t.goIdle();
    await t.goIdle();
    const asked = t.idleAsks();
    t.game.toMenu();
    await t.goIdle(); // the step in flight sees the learner gone and stops
    expect(await t.goIdle()).toBe(false);
    expect(t.idleAsks()).toBe(asked);
  });

  it('resumes saved progress the usual way, not from the opening', async () => {
    const storage = new MemoryStore();
    const first = gameWithOpening('lost-face', storage);
    void first.game.start('lost-face');
    await settle();
    await first.release();
    first.game.choose(0);
    first.game.flushSaves();

    const again = gameWithOpening('lost-face', storage);
    const started = again.game.start('lost-face');
    await settle();
    expect(again.store.getState().screen).toBe('loading'); // waiting for the story, not the opening
    await again.release();
    await started;
    expect(again.store.getState().session?.path).toEqual([0]);
    expect(again.store.getState().notice?.text).toMatch(/where you left off/);
  });
});
