/**
 * The language a packaged module starts in (docs/lms.md, "Languages"): the learner's own choice in
 * Settings or the address's `?lang=` first; else the first language the LMS says the learner
 * prefers that Rapport speaks (cmi5: `languagePreference` of the cmi5LearnerPreferences agent
 * profile, §11.1; SCORM 2004: `cmi.learner_preference.language`; SCORM 1.2:
 * `cmi.student_preference.language`); else the package's language (`npm run package -- --lang ja`)
 * when it is not English; else the browser's, as on the website. Choosing here never writes
 * the learner's settings: a preference changed in the LMS is followed at the next launch.
 */
import { allMessages, language, setLanguage } from '../../l10n/index.ts';
import { say } from './say.ts';
import { languageOf, NATIVE_NAMES, PSEUDO, type Language } from '../../l10n/languages.ts';

export interface StartingLanguage {
  /** The language to switch to; null: keep the one the page opened in. */
  language: Language | null;
  from: 'settings' | 'address' | 'lms' | 'package' | 'browser';
  /** The LMS's preferred languages Rapport does not speak (when none of them is one it does). */
  unmet: string[];
}

/**
 * A learner preference as the LMS stores it: one tag, or a comma-separated list in order. What is
 * not a language tag (SCORM 1.2 leaves the format free: "English") is left out.
 */
export function preferenceList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter((t) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(t));
}

export function startingLanguage(o: {
  saved: Language | null;
  search: string;
  lms: readonly string[];
  packageLang?: string | undefined;
}): StartingLanguage {
  if (o.saved) return { language: null, from: 'settings', unmet: [] };
  if (new URLSearchParams(o.search).get('lang')) return { language: null, from: 'address', unmet: [] };
  for (const tag of o.lms) {
    const l = languageOf(tag);
    if (l && l !== PSEUDO) return { language: l, from: 'lms', unmet: [] };
  }
  const unmet = [...o.lms];
  const pkg = o.packageLang ? languageOf(o.packageLang) : null;
  if (pkg && pkg !== 'en' && pkg !== PSEUDO) return { language: pkg, from: 'package', unmet };
  return { language: null, from: 'browser', unmet };
}

/**
 * Switch to the starting language when it is another than the page's; returns what the learner
 * should be told (a preference Rapport cannot follow), or null.
 */
export async function applyStartingLanguage(choice: StartingLanguage): Promise<string | null> {
  if (choice.language && choice.language !== language())
    await setLanguage(choice.language).catch((e: unknown) =>
      console.warn(`[Rapport LMS] the ${choice.language} interface did not load:`, e),
    );
  if (!choice.unmet.length) return null;
  // The notice in the language now shown: its messages, not only the first screen's.
  await allMessages().catch(() => {});
  const asked = choice.unmet.join(', ');
  const shown = NATIVE_NAMES[language()];
  return say(
    'lms.notice.unmetLanguage',
    `Your learning platform asked for ${asked}, which Rapport is not available in: it is shown in ${shown}. You can pick another language in Settings.`,
    { asked, shown },
  );
}
