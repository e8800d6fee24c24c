/**
 * LMS test helpers: scorm-again's real LMS-side API objects with every call recorded, windows
 * for API discovery (including ones that throw like a cross-origin frame), and the real game —
 * store, controller, persistence over memory — over real compiled stories, so the LMS layer is
 * driven exactly as the page drives it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { choicesOf } from '../../../../build/analysis/golden.ts';
import type { ModuleDefinition } from '../../../../src/core/modules/module.ts';
import { createPersistence, MemoryStore, type Persistence } from '../../../../src/app/persist/index.ts';
import { createGame, type Game } from '../../../../src/app/controller.ts';
import type { LoadedStory } from '../../../../src/core/session/types.ts';
import type { CatalogEntry } from '../../../../src/app/catalog.ts';
import { readCatalogEntry } from '../../../../build/ink/catalog-entry.ts';
import { compileInkFile } from '../../../../build/ink/compile.ts';
import { createGameStore, type GameStore } from '../../../../src/app/stores/game-store.ts';
import { parseInkJson } from '../../../../src/core/story/ink-json.ts';

export type Call = [method: string, ...args: string[]];

const METHODS_12 = [
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
  'LMSGetErrorString',
  'LMSGetDiagnostic',
] as const;
const METHODS_2004 = [
  'Initialize',
  'Terminate',
  'GetValue',
  'SetValue',
  'Commit',
  'GetLastError',
  'GetErrorString',
  'GetDiagnostic',
] as const;

/** scorm-again's API with each call recorded (the LMS's view of the conversation). */
export function recorded<T extends Scorm12API | Scorm2004API>(lms: T) {
  const calls: Call[] = [];
  const names = lms instanceof Scorm12API ? METHODS_12 : METHODS_2004;
  const api: Record<string, (...args: string[]) => unknown> = {};
  for (const name of names) {
    api[name] = (...args: string[]) => {
      calls.push([name, ...args]);
      return (lms as unknown as Record<string, (...a: string[]) => unknown>)[name]!(...args);
    };
  }
  const sets = () => calls.filter((c) => c[0] === 'LMSSetValue' || c[0] === 'SetValue');
  const count = (name: string) => calls.filter((c) => c[0] === name).length;
  /** Errors the LMS reported after a SetValue (its own validation). */
  return { lms, api, calls, sets, count };
}

export const quietScorm12 = (cmi?: object) => {
  const api = new Scorm12API({ logLevel: 5 });
  if (cmi) api.loadFromJSON(cmi as never, '');
  return api;
};
export const quietScorm2004 = (cmi?: object) => {
  const api = new Scorm2004API({ logLevel: 5 });
  if (cmi) api.loadFromJSON(cmi as never, '');
  return api;
};

/** The LMS's data model as flat element → value. */
export function cmiOf(api: Scorm12API | Scorm2004API): Record<string, unknown> {
  return api.getFlattenedCMI() as Record<string, unknown>;
}

/** A window whose every property read throws, as a cross-origin frame's does. */
export function crossOriginWindow(): object {
  return new Proxy(
    {},
    {
      get() {
        throw new DOMException(
          'Blocked a frame with origin "null" from accessing a cross-origin frame.',
          'SecurityError',
        );
      },
    },
  );
}

/** A frame inside `parent` (a plain object standing in for a window). */
export function frameIn(parent: object | null, props: object = {}): Record<string, unknown> {
  const w: Record<string, unknown> = { ...props };
  w.parent = parent ?? w;
  return w;
}

const root = resolve(__dirname, '../../../..');

export function storyFile(id: string): string {
  return resolve(root, 'stories', `${id}.ink`);
}

const compiled = new Map<string, LoadedStory & { entry: CatalogEntry }>();
export function loadStory(
  id: string,
  hash = createHash('sha256').update(id).digest('hex').slice(0, 16),
): LoadedStory & { entry: CatalogEntry } {
  const key = `${id}:${hash}`;
  if (!compiled.has(key)) {
    const result = compileInkFile(storyFile(id), root);
    if (!result.json) throw new Error(`${id} does not compile`);
    const story: LoadedStory = { id, hash, json: parseInkJson(result.json) };
    const entry: CatalogEntry = { ...readCatalogEntry(id, result), load: async () => story };
    compiled.set(key, { ...story, entry });
  }
  return compiled.get(key)!;
}

/** The golden best path of a story (0-based indices). */
export function bestPath(id: string): number[] {
  return choicesOf(goldenBest(id));
}

/** The golden best path's final score (what the LMS is told for that path). */
export function bestScore(id: string): number {
  return Number(/^= ending: .* score (\d+)$/m.exec(goldenBest(id))![1]);
}

/** The text of the n-th (0-based) choice taken on the golden best path. */
export function bestChoiceText(id: string, n: number): string {
  return [...goldenBest(id).matchAll(/^> \d+\. (.*)$/gm)][n]![1]!;
}

function goldenBest(id: string): string {
  return readFileSync(resolve(root, 'tests/golden', `${id}.best.txt`), 'utf8');
}

export function moduleOf(scenarios: string[], passMark = 28, id = 'test-module'): ModuleDefinition {
  return {
    id,
    title: 'Test module',
    summary: '',
    scenarios,
    objectives: [],
    passMark,
    sequential: true,
  };
}

export interface TestPage {
  window: Window;
  store: GameStore;
  game: Game;
  persistence: Persistence;
  warnings: string[];
  /** Dispatch pagehide, as closing the tab or the LMS removing the frame does. */
  close(): void;
}

/** The real game over a memory store, in a stand-in window holding `props` (an API, a query). */
export function testPage(
  stories: string[],
  props: Record<string, unknown> = {},
  storage = new MemoryStore(),
): TestPage {
  const catalog = stories.map((id) => loadStory(id).entry);
  const store = createGameStore(catalog);
  const persistence = createPersistence({ store: storage, tabId: 'test-tab' });
  const game = createGame(store, persistence);
  const target = new EventTarget();
  const win = Object.assign(target, {
    location: { search: '' },
    document: { visibilityState: 'visible' },
    parent: null as unknown,
    top: null as unknown,
    ...props,
  });
  win.parent ??= win;
  win.top ??= win;
  const warnings: string[] = [];
  return {
    window: win as unknown as Window,
    store,
    game,
    persistence,
    warnings,
    close: () => target.dispatchEvent(new Event('pagehide')),
  };
}

/** Let queued microtasks (the reporters' Commit) run. */
export const settle = () => new Promise<void>((r) => setTimeout(r, 0));

/** Texts a learner may be shown as a choice. */
export const HOSTILE_TEXTS = [
  'Read "rather attached" as the serious worry it is',
  "It's 'fine', he says\nbut a second line\r\nand a third\tafter a tab",
  '请您先看一下这个计划',
  '🙂👍🏽 Smile and nod 👨‍👩‍👧',
  '{lang=fr} a brace at the start',
  '',
  '   ',
  'x'.repeat(600),
  '好'.repeat(300),
  '🙂'.repeat(200),
];
