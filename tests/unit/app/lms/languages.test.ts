/**
 * A packaged module in the learner's language (docs/lms.md, "Languages"): which language it starts
 * in (Settings, the address, the LMS's learner preference, the package's language, the browser);
 * SCORM 2004's and 1.2's learner preference read as the session opens; and the statements' language
 * maps — names, descriptions, choices and verbs in en-US and the learner's language,
 * `context.language` the learner's — every statement through Learning Locker's validator.
 */
import { describe, expect, it } from 'vitest';
import { preferenceList, startingLanguage } from '../../../../src/app/lms/learner-language.ts';
import { LmsAttempt, type StoreLike } from '../../../../src/app/lms/attempt.ts';
import type { CheckAnswer, Decision, LmsReporter } from '../../../../src/app/lms/report.ts';
import { Scorm12Reporter } from '../../../../src/app/lms/scorm12.ts';
import { Scorm2004Reporter } from '../../../../src/app/lms/scorm2004.ts';
import {
  checkActivity,
  checkAnswerStatement,
  decisionStatement,
  moduleStatement,
  type StatementContext,
} from '../../../../src/app/lms/xapi-statements.ts';
import { definedStatement } from '../../../../src/app/lms/cmi5-statements.ts';
import type { SessionView } from '../../../../src/core/session/types.ts';
import { expectValidStatement } from './statement-validator.ts';
import { moduleOf, quietScorm12, quietScorm2004 } from './helpers.ts';

describe('the language a package starts in', () => {
  const base = { saved: null, search: '?endpoint=x', lms: [] as string[] };
  it('Settings and ?lang= first, then the LMS’s first language Rapport speaks, then the package’s, then the browser', () => {
    expect(startingLanguage({ ...base, saved: 'es', lms: ['ja'] })).toEqual({
      language: null,
      from: 'settings',
      unmet: [],
    });
    expect(startingLanguage({ ...base, search: '?lang=es&x=1', lms: ['ja'] }).from).toBe('address');
    expect(startingLanguage({ ...base, lms: ['fr-FR', 'ja-JP', 'es'] })).toEqual({
      language: 'ja',
      from: 'lms',
      unmet: [],
    });
    expect(startingLanguage({ ...base, lms: ['zh-CN'] }).language).toBe('zh-Hans');
    expect(startingLanguage({ ...base, lms: ['en-US'], packageLang: 'ja' }).language).toBe('en');
    expect(startingLanguage({ ...base, lms: ['fr', 'zh-TW'], packageLang: 'ja' })).toEqual({
      language: 'ja',
      from: 'package',
      unmet: ['fr', 'zh-TW'],
    });
    expect(startingLanguage({ ...base, packageLang: 'en-GB' })).toEqual({
      language: null,
      from: 'browser',
      unmet: [],
    });
  });

  it('reads a preference as one tag or a list, and leaves out what is not a tag', () => {
    expect(preferenceList('fr-FR,ja , es')).toEqual(['fr-FR', 'ja', 'es']);
    expect(preferenceList('English')).toEqual([]);
    expect(preferenceList('')).toEqual([]);
    expect(preferenceList(null)).toEqual([]);
  });

  it('SCORM 2004 reads cmi.learner_preference.language, SCORM 1.2 cmi.student_preference.language', async () => {
    const s2004 = new Scorm2004Reporter(
      quietScorm2004({ learner_preference: { language: 'ja-JP' } }) as never,
    );
    await s2004.start();
    expect(s2004.languages).toEqual(['ja-JP']);
    const s12 = new Scorm12Reporter(
      quietScorm12({ core: {}, student_preference: { language: 'es' } }) as never,
    );
    await s12.start();
    expect(s12.languages).toEqual(['es']);
    const none = new Scorm2004Reporter(quietScorm2004() as never);
    await none.start();
    expect(none.languages).toEqual([]);
  });
});

const context = (lang: string): StatementContext => ({
  actor: { objectType: 'Agent', mbox: 'mailto:learner@example.com', name: 'Learner' },
  registration: '6f1a3b2c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  moduleId: 'https://w3id.org/rapport/xapi/modules/asia-partners',
  moduleName: 'Working with partners in Asia',
  moduleNames: { ja: 'アジアのパートナーと働く', es: 'Trabajar con socios en Asia' },
  lang,
});

const decision: Decision = {
  id: 'lost-face/lf-0007',
  storyId: 'lost-face',
  choiceIndex: 0,
  choiceText: 'Ask Wang to introduce his team',
  learnerResponse: 'a-lf-0007',
  result: 'positive',
  description: 'Ask Wang to introduce his team',
  timestamp: new Date('2026-12-05T10:00:00Z'),
  rapport: 55,
  trust: 50,
  options: [
    { response: 'a-lf-0007', text: 'Ask Wang to introduce his team' },
    { response: 'b-lf-0008', text: 'Start with the plan' },
  ],
  translated: {
    lang: 'ja',
    description: '王さんにチームを紹介してもらう',
    options: ['王さんにチームを紹介してもらう', '計画から始める'],
  },
};

describe('statements in the learner’s language', () => {
  it('a decision: en-US and ja in every map, the verb too, context.language ja — valid xAPI', () => {
    const s = decisionStatement(context('ja'), 'a1b2c3d4-0000-4000-8000-000000000001', decision);
    expectValidStatement(s);
    expect(s.context.language).toBe('ja');
    expect(s.verb.display).toEqual({ 'en-US': 'answered', ja: '回答した' });
    expect(s.object.definition.description).toEqual({
      'en-US': 'Ask Wang to introduce his team',
      ja: '王さんにチームを紹介してもらう',
    });
    expect(s.object.definition.choices!.map((c) => c.description)).toEqual([
      { 'en-US': 'Ask Wang to introduce his team', ja: '王さんにチームを紹介してもらう' },
      { 'en-US': 'Start with the plan', ja: '計画から始める' },
    ]);
    expect(s.object.definition.name).toEqual({ 'en-US': 'Choice in lost-face', ja: 'lost-face での選択' });
    expect(s.context.contextActivities!.grouping![0]!.definition.name).toEqual({
      'en-US': 'Working with partners in Asia',
      ja: 'アジアのパートナーと働く',
    });
  });

  it('in English, or with words made for another language, only en-US', () => {
    for (const lang of ['en', 'es']) {
      const s = decisionStatement(context(lang), 'a1b2c3d4-0000-4000-8000-000000000002', decision);
      expectValidStatement(s);
      expect(s.context.language).toBe(lang);
      expect(s.object.definition.description).toEqual({ 'en-US': 'Ask Wang to introduce his team' });
    }
    const es = moduleStatement(
      context('es'),
      'a1b2c3d4-0000-4000-8000-000000000003',
      'initialized',
      new Date(),
    );
    expect(es.verb.display).toEqual({ 'en-US': 'initialized', es: 'comenzó' });
    expect(es.object.definition.name).toEqual({
      'en-US': 'Working with partners in Asia',
      es: 'Trabajar con socios en Asia',
    });
    expect(
      moduleStatement(context('en'), 'a1b2c3d4-0000-4000-8000-000000000004', 'launched', new Date()).verb
        .display,
    ).toEqual({ 'en-US': 'launched' });
  });

  it('a check item: situation, responses and lesson in both languages; the check named in both', () => {
    const a: CheckAnswer = {
      phase: 'before',
      itemId: 'card-order',
      number: 1,
      lesson: 'first-meeting',
      lessonText: 'Open a first meeting in Japan',
      situation: 'You are a sales director…',
      options: ['A', 'B', 'C', 'D'].map((l, i) => ({
        response: `${l.toLowerCase()}-${i}`,
        text: `Response ${l}`,
      })),
      learnerResponse: 'b-1',
      correctResponse: 'b-1',
      learnerIndex: 1,
      correctIndex: 1,
      correct: true,
      timestamp: new Date('2026-12-05T10:00:00Z'),
      translated: {
        lang: 'zh-Hans',
        situation: '你是一家加拿大公司的销售总监……',
        options: ['甲', '乙', '丙', '丁'],
        lessonText: '在日本开好第一次会面',
      },
    };
    const s = checkAnswerStatement({ ...context('zh-Hans') }, 'a1b2c3d4-0000-4000-8000-000000000005', a);
    expectValidStatement(s);
    expect(s.object.definition.description).toEqual({
      'en-US': 'You are a sales director…',
      'zh-Hans': '你是一家加拿大公司的销售总监……',
    });
    expect(s.object.definition.choices![2]!.description).toEqual({ 'en-US': 'Response C', 'zh-Hans': '丙' });
    expect(s.object.definition.name).toEqual({
      'en-US': 'Opening check, situation 1',
      'zh-Hans': '前测：情境 1',
    });
    const lesson = s.context.contextActivities!.grouping!.find((g) =>
      g.id.endsWith('/objectives/first-meeting'),
    )!;
    expect(lesson.definition.name).toEqual({
      'en-US': 'Open a first meeting in Japan',
      'zh-Hans': '在日本开好第一次会面',
    });
    expect(checkActivity(context('ja'), 'after').definition.name).toEqual({
      'en-US': 'Closing check: Working with partners in Asia',
      ja: '事後チェック：アジアのパートナーと働く',
    });
  });

  it('cmi5 defined statements: the module named and the verb shown in both languages', () => {
    const s = definedStatement(
      {
        actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: 'l1' } },
        registration: '6f1a3b2c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
        activityId: 'https://lms.example.com/au/1',
        moduleName: 'Working with partners in Asia',
        moduleNames: { ja: 'アジアのパートナーと働く' },
        lang: 'ja',
        template: {},
      },
      'a1b2c3d4-0000-4000-8000-000000000006',
      'initialized',
      new Date(),
    );
    expectValidStatement(s);
    expect(s.context.language).toBe('ja');
    expect(s.verb.display).toEqual({ 'en-US': 'initialized', ja: '開始した' });
    expect(s.object.definition.name).toEqual({
      'en-US': 'Working with partners in Asia',
      ja: 'アジアのパートナーと働く',
    });
  });
});

describe('a decision in another language is reported in English, with the learner’s words beside', () => {
  it('takes the English words from the English view and the learner’s from the screen', () => {
    const view = (texts: string[], path: number[], taken: string[] = []): SessionView =>
      ({
        storyId: 'lost-face',
        lines: [],
        choices: texts.map((text, index) => ({
          index,
          text,
          tags: [{ name: 'id', value: `lf-000${index + 1}` }],
        })),
        ended: false,
        counterparts: [],
        path,
        taken: taken.map((text, i) => ({
          index: path[i]!,
          source: `s${i}`,
          text,
          id: `lf-000${path[i]! + 1}`,
        })),
      }) as unknown as SessionView;
    const decisions: Decision[] = [];
    const reporter = {
      kind: 'xapi',
      problem: null,
      suspendLimit: 64000,
      start: async () => ({ resume: null }),
      decision: (d: Decision) => decisions.push(d),
      progress: () => undefined,
      finish: () => undefined,
      checkAnswer: () => undefined,
      checkResult: () => undefined,
      terminate: () => undefined,
      flush: () => undefined,
    } as unknown as LmsReporter;
    let english = view(['Ask Wang', 'Start with the plan'], []);
    let state = { session: view(['王さんに尋ねる', '計画から始める'], []), runId: 1, profile: {} };
    const listeners: ((s: typeof state, p: typeof state) => void)[] = [];
    const store = {
      getState: () => state,
      subscribe: (l: (s: typeof state, p: typeof state) => void) => (listeners.push(l), () => undefined),
    } as unknown as StoreLike;
    return LmsAttempt.open({
      reporter,
      module: moduleOf(['lost-face']),
      english: () => english,
      language: () => 'ja',
    }).then((attempt) => {
      attempt.watch(store);
      const previous = state;
      english = view(['Next'], [1], ['Start with the plan']);
      state = { ...state, session: view(['次へ'], [1], ['Start with the plan']) };
      for (const l of listeners) l(state, previous);
      expect(decisions).toHaveLength(1);
      const d = decisions[0]!;
      expect(d.description).toBe('Start with the plan');
      expect(d.options!.map((o) => o.text)).toEqual(['Ask Wang', 'Start with the plan']);
      expect(d.learnerResponse).toBe('b-lf-0002');
      expect(d.translated).toEqual({
        lang: 'ja',
        description: '計画から始める',
        options: ['王さんに尋ねる', '計画から始める'],
      });
    });
  });
});
