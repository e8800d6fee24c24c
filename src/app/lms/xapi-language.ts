/**
 * Language maps for the statements Rapport sends (docs/lms.md, "Languages"): every name,
 * description and verb display in American English (`en-US`, the key the xAPI profiles and ADL's
 * vocabulary use) and, when the learner plays in another language, in that language too — so an
 * LRS or a report shows the learner's own words beside the English. `context.language` is the
 * learner's language. The few words of Rapport's own in the statements (verbs, "Opening check", …)
 * are here, per language; the module's and the checks' words come from the translators' files.
 */
/** The verbs Rapport sends (xapi-statements.ts VERBS). */
type VerbName = 'launched' | 'initialized' | 'answered' | 'completed' | 'passed' | 'failed' | 'terminated';

export type LanguageMap = Record<string, string>;

/** The key of the English entries. */
export const EN = 'en-US';

const isEnglish = (lang: string) => lang === 'en' || lang.toLowerCase().startsWith('en-');

/** `{ "en-US": english }`, with the learner's `text` in `lang` when it is another language and given. */
export function languageMap(english: string, lang: string, text?: string | null): LanguageMap {
  const map: LanguageMap = { [EN]: english };
  if (text && !isEnglish(lang) && text !== english) map[lang] = text;
  return map;
}

type Phrase = 'opening' | 'closing' | 'choiceIn' | 'situation';

interface Words {
  verbs: Record<VerbName, string>;
  phrase(p: Phrase, value: string): string;
}

const WORDS: Record<string, Words> = {
  en: {
    verbs: {
      launched: 'launched',
      initialized: 'initialized',
      answered: 'answered',
      completed: 'completed',
      passed: 'passed',
      failed: 'failed',
      terminated: 'terminated',
    },
    phrase: (p, v) =>
      ({
        opening: `Opening check: ${v}`,
        closing: `Closing check: ${v}`,
        choiceIn: `Choice in ${v}`,
        situation: `situation ${v}`,
      })[p],
  },
  'zh-Hans': {
    verbs: {
      launched: '已启动',
      initialized: '已初始化',
      answered: '已作答',
      completed: '已完成',
      passed: '已通过',
      failed: '未通过',
      terminated: '已结束',
    },
    phrase: (p, v) =>
      ({ opening: `前测：${v}`, closing: `后测：${v}`, choiceIn: `${v} 中的选择`, situation: `情境 ${v}` })[
        p
      ],
  },
  ja: {
    verbs: {
      launched: '起動した',
      initialized: '開始した',
      answered: '回答した',
      completed: '完了した',
      passed: '合格した',
      failed: '不合格だった',
      terminated: '終了した',
    },
    phrase: (p, v) =>
      ({
        opening: `事前チェック：${v}`,
        closing: `事後チェック：${v}`,
        choiceIn: `${v} での選択`,
        situation: `第${v}問`,
      })[p],
  },
  es: {
    verbs: {
      launched: 'inició',
      initialized: 'comenzó',
      answered: 'respondió',
      completed: 'completó',
      passed: 'aprobó',
      failed: 'no aprobó',
      terminated: 'terminó',
    },
    phrase: (p, v) =>
      ({
        opening: `Evaluación inicial: ${v}`,
        closing: `Evaluación final: ${v}`,
        choiceIn: `Decisión en ${v}`,
        situation: `situación ${v}`,
      })[p],
  },
};

const wordsOf = (lang: string): Words | null => (isEnglish(lang) ? null : (WORDS[lang] ?? null));

/** A verb's display: en-US and the learner's language. */
export function verbDisplay(verb: VerbName, lang: string): LanguageMap {
  return languageMap(WORDS.en!.verbs[verb], lang, wordsOf(lang)?.verbs[verb]);
}

/** One of Rapport's phrases around a value (`value` in English, and in the learner's language). */
export function phraseMap(p: Phrase, english: string, lang: string, translated?: string | null): LanguageMap {
  const words = wordsOf(lang);
  return languageMap(WORDS.en!.phrase(p, english), lang, words?.phrase(p, translated ?? english));
}

/** The name of a check's item: "Opening check, situation 3" and, say, "事前チェック：第3問". */
export function checkItemName(phase: 'before' | 'after', n: number, lang: string): LanguageMap {
  const words = wordsOf(lang);
  return languageMap(
    `${phase === 'before' ? 'Opening' : 'Closing'} check, situation ${n}`,
    lang,
    words?.phrase(phase === 'before' ? 'opening' : 'closing', words.phrase('situation', String(n))),
  );
}
