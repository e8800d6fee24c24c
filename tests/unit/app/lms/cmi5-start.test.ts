/**
 * A cmi5 package launched as an LMS launches it — the launch URL's query, the fetch URL, the
 * LMS.LaunchData document — and played through the real game (store, controller, saves, stories):
 * to completion, to failure, relaunched and resumed on the same line, in Browse mode, and left
 * through the LMS's returnURL. Every statement passes the validator and the cmi5 rules; a bad
 * launch shows its page instead of the game.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choicesOf } from '../../../../build/analysis/golden.ts';
import type { LaunchProblem } from '../../../../src/app/lms/cmi5-launch.ts';
import type { PackagedLms } from '../../../../src/app/lms/package-config.ts';
import type { LmsUi } from '../../../../src/app/lms/start-cmi5.ts';
import { startLms } from '../../../../src/app/lms/start.ts';
import { createSettingsStore } from '../../../../src/app/stores/settings.ts';
import { MemoryStore } from '../../../../src/app/persist/index.ts';
import { language, setLanguage } from '../../../../src/l10n/index.ts';
import { cmi5Lms, type Cmi5Lms, type LaunchOptions } from './cmi5-lms.ts';
import { definedVerbs, verbs } from './cmi5-play.ts';
import { bestPath, bestScore, moduleOf, settle, testPage } from './helpers.ts';

const STORY = 'south-of-london';
const worstPath = choicesOf(readFileSync(resolve(__dirname, `../../../golden/${STORY}.worst.txt`), 'utf8'));
const config: PackagedLms = {
  format: 'cmi5',
  module: moduleOf([STORY], 55),
  activityId: 'https://w3id.org/rapport/xapi/modules/test-module',
};

function recordingUi() {
  const shown: { problems: LaunchProblem[]; retry: (() => void) | null; exits: (() => void)[] } = {
    problems: [],
    retry: null,
    exits: [],
  };
  const ui: LmsUi = {
    launchProblem: (p, retry) => {
      shown.problems.push(p);
      shown.retry = retry ?? null;
    },
    clearProblem: () => (shown.retry = null),
    exitButton: (_label, onExit) => shown.exits.push(onExit),
  };
  return { ui, shown };
}

async function launchAu(lms: Cmi5Lms, l: LaunchOptions = {}, storage = new MemoryStore()) {
  const launched = lms.launch(l);
  const page = testPage([STORY], { location: { search: `?${launched.query}` } }, storage);
  const { ui, shown } = recordingUi();
  const settings = createSettingsStore(null);
  const went: string[] = [];
  const attempt = await startLms({
    config,
    ...page,
    ui,
    settings,
    fetch: lms.fetch,
    navigate: (url) => went.push(url),
  });
  return { ...page, launched, attempt, shown, settings, went };
}

const choose = async (p: { game: { choose(i: number): void } }, path: number[]) => {
  for (const i of path) {
    p.game.choose(i);
    for (let k = 0; k < 5; k++) await settle();
  }
};
const flush = async () => {
  for (let k = 0; k < 20; k++) await settle();
};

describe('a cmi5 package launched by an LMS (startLms, real game)', () => {
  it('starts in the learner’s languagePreference (the first Rapport speaks), unless Settings say otherwise', async () => {
    try {
      const p = await launchAu(cmi5Lms({ preferences: { languagePreference: 'fr-FR,ja-JP,es' } }));
      expect(language()).toBe('ja');
      expect(p.store.getState().notice).toBeNull();
      // The statements say so: context.language is the learner's.
      await choose(p, bestPath(STORY).slice(0, 1));
      await flush();
      const answered = p.launched.session.statements.find((st) => st.verb.id.endsWith('/answered'))!;
      expect(answered.context?.language).toBe('ja');
      expect(p.launched.session.statements[0]!.context?.language).toBe('ja');
      p.close();
      await setLanguage('en');
      // A learner who picked Spanish in Settings keeps it (this launch does not change it).
      const lms = cmi5Lms({ preferences: { languagePreference: 'ja' } });
      const launched = lms.launch({});
      const page = testPage([STORY], { location: { search: `?${launched.query}` } }, new MemoryStore());
      const settings = createSettingsStore(null);
      settings.setState({ language: 'es' });
      await startLms({ config, ...page, ui: recordingUi().ui, settings, fetch: lms.fetch });
      expect(language()).toBe('en');
      page.close();
    } finally {
      await setLanguage('en');
    }
  }, 30_000);

  it('starts in the package’s language when the LMS states none', async () => {
    try {
      const lms = cmi5Lms({ preferences: null });
      const launched = lms.launch({});
      const page = testPage([STORY], { location: { search: `?${launched.query}` } }, new MemoryStore());
      await startLms({
        config: { ...config, lang: 'zh-Hans' },
        ...page,
        ui: recordingUi().ui,
        settings: createSettingsStore(null),
        fetch: lms.fetch,
      });
      expect(language()).toBe('zh-Hans');
      page.close();
    } finally {
      await setLanguage('en');
    }
  });

  it('plays to completion: passed with the scaled score, one answered per choice, every rule kept', async () => {
    const lms = cmi5Lms();
    const p = await launchAu(lms, { masteryScore: 0.55 });
    expect(p.attempt.reporter.kind).toBe('cmi5');
    expect(p.store.getState().session?.storyId).toBe(STORY);
    const path = bestPath(STORY);
    await choose(p, path);
    await flush();
    p.close();
    await flush();
    expect(lms.end(p.launched.sessionId)).toEqual([]);
    expect(lms.violations).toEqual([]);
    const sent = p.launched.session.statements;
    expect(definedVerbs(sent)).toEqual(['initialized', 'completed', 'passed', 'terminated']);
    expect(verbs(sent).filter((v) => v === 'answered')).toHaveLength(path.length);
    const passed = sent.find((s) => s.verb.id.endsWith('/passed'))!;
    expect(passed.result?.score).toEqual({
      scaled: bestScore(STORY) / 100,
      raw: bestScore(STORY),
      min: 0,
      max: 100,
    });
  });

  it('plays to failure: failed, below the masteryScore', async () => {
    const lms = cmi5Lms();
    const p = await launchAu(lms, { masteryScore: 0.55 });
    await choose(p, worstPath);
    await flush();
    p.close();
    await flush();
    lms.end(p.launched.sessionId);
    expect(lms.violations).toEqual([]);
    expect(definedVerbs(p.launched.session.statements)).toEqual([
      'initialized',
      'completed',
      'failed',
      'terminated',
    ]);
    const failed = p.launched.session.statements.find((s) => s.verb.id.endsWith('/failed'))!;
    expect(failed.result?.score?.scaled).toBeLessThan(0.55);
  });

  it('relaunched in the registration on an empty device: resumes on the same line from the State API', async () => {
    const lms = cmi5Lms();
    const first = await launchAu(lms);
    const path = bestPath(STORY).slice(0, 3);
    await choose(first, path);
    await flush();
    const lastLine = first.store.getState().session!.lines.at(-1)!.text;
    first.close();
    await flush();
    expect(lms.end(first.launched.sessionId)).toEqual([]);
    const second = await launchAu(lms, { registration: first.launched.registration });
    const view = second.store.getState().session!;
    expect(view.path).toEqual(path);
    expect(view.lines.at(-1)!.text).toBe(lastLine);
    await choose(second, bestPath(STORY).slice(3));
    await flush();
    second.close();
    await flush();
    expect(lms.end(second.launched.sessionId)).toEqual([]);
    expect(definedVerbs(second.launched.session.statements)).toEqual([
      'initialized',
      'completed',
      'passed',
      'terminated',
    ]);
    expect(lms.violations).toEqual([]);
  });

  it('Browse mode: the learner plays, the LMS hears only initialized and terminated, and is told', async () => {
    const lms = cmi5Lms();
    const p = await launchAu(lms, { launchMode: 'Browse' });
    expect(p.store.getState().notice?.text).toMatch(
      /browsing: look around freely — nothing you do here is recorded/,
    );
    await choose(p, bestPath(STORY));
    await flush();
    p.close();
    await flush();
    expect(verbs(p.launched.session.statements)).toEqual(['initialized', 'terminated']);
    expect(lms.violations).toEqual([]);
  });

  it('returnURL: "Exit to the course" sends terminated, then goes there; audio off as the learner prefers', async () => {
    const lms = cmi5Lms({ preferences: { languagePreference: 'de-DE', audioPreference: 'off' } });
    const p = await launchAu(lms, { returnURL: 'https://lms.example.com/course/7' });
    expect(p.settings.getState().muted).toBe(true);
    expect(p.store.getState().notice?.text).toMatch(
      /asked for de-DE, which Rapport is not available in: it is shown in English/,
    );
    await choose(p, bestPath(STORY).slice(0, 2));
    expect(p.shown.exits).toHaveLength(1);
    p.shown.exits[0]!();
    await flush();
    await new Promise((r) => setTimeout(r, 50));
    expect(p.went).toEqual(['https://lms.example.com/course/7']);
    expect(verbs(p.launched.session.statements).at(-1)).toBe('terminated');
    p.close(); // the page then goes: nothing more is sent
    await flush();
    expect(lms.end(p.launched.sessionId)).toEqual([]);
    expect(lms.violations).toEqual([]);
  });

  it('a bad launch shows its page and the game does not start; an LRS down at launch offers Try again', async () => {
    const lms = cmi5Lms();
    const launched = lms.launch();
    const q = new URLSearchParams(launched.query);
    q.delete('fetch');
    const page = testPage([STORY], { location: { search: `?${q}` } });
    const { ui, shown } = recordingUi();
    void startLms({ config, ...page, ui, fetch: lms.fetch });
    await flush();
    expect(shown.problems.map((p) => p.code)).toEqual(['missing-parameters']);
    expect(page.store.getState().session).toBeNull();

    lms.lrs.mode = 'down';
    const down = await (async () => {
      const l = lms.launch();
      const pg = testPage([STORY], { location: { search: `?${l.query}` } });
      const r = recordingUi();
      const started = startLms({ config, ...pg, ui: r.ui, fetch: lms.fetch });
      await flush();
      return { pg, r, started };
    })();
    expect(down.r.shown.problems.map((p) => p.code)).toEqual(['unreachable']);
    lms.lrs.mode = 'up';
    down.r.shown.retry!();
    const attempt = await down.started;
    expect(attempt.reporter.kind).toBe('cmi5');
    expect(down.pg.store.getState().session?.storyId).toBe(STORY);
  });
});
