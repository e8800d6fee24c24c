/**
 * Entry of live.html: the facilitator's console (`?facilitate`, `?facilitate=CODE`,
 * `?facilitate&story=ID`) or the participant's page (`?join=CODE`, or nothing) — each in its own
 * reader's language: `?lang=`, else the one picked in the game's Settings on this device, else the
 * browser's (every phone in the room may differ).
 */
import '../shared/styles.css';
import './live.css';
import { mountFacilitator } from './facilitator.ts';
import { mountParticipant } from './participant.ts';
import { allMessages, setLanguage, t } from '../../l10n/index.ts';
import { chooseLanguage, languageOf } from '../../l10n/languages.ts';

const root = document.getElementById('live')!;
const params = new URLSearchParams(location.search);
/**
 * The language picked in the game's Settings on this device, if any. Read directly (not through the
 * settings store, whose validation library would otherwise become a chunk shared with the game's
 * first line); a value that is not a language is ignored.
 */
function savedLanguage() {
  try {
    const saved = (
      JSON.parse(localStorage.getItem('rapport:v1:settings') ?? 'null') as { language?: unknown } | null
    )?.language;
    return typeof saved === 'string' ? languageOf(saved) : null;
  } catch {
    return null; // storage refused or not JSON: the browser's language
  }
}

const language = chooseLanguage({
  search: location.search,
  saved: savedLanguage(),
  browser: navigator.languages ?? [],
});
void setLanguage(language)
  .catch(() => setLanguage('en'))
  .then(allMessages)
  .then(() => {
    const skip = document.querySelector('.skip-link');
    if (skip) skip.textContent = t('live.skipLink');
    if (params.has('facilitate')) mountFacilitator(root, params);
    else mountParticipant(root, params);
  });
