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
import { createSettingsStore } from '../../app/stores/settings.ts';
import { LocalStorageStore } from '../../platform/storage/local-storage.ts';
import { startingLanguage } from '../../app/language.ts';

const root = document.getElementById('live')!;
const params = new URLSearchParams(location.search);
const language = startingLanguage(window, createSettingsStore(new LocalStorageStore()));
void setLanguage(language)
  .catch(() => setLanguage('en'))
  .then(allMessages)
  .then(() => {
    const skip = document.querySelector('.skip-link');
    if (skip) skip.textContent = t('live.skipLink');
    if (params.has('facilitate')) mountFacilitator(root, params);
    else mountParticipant(root, params);
  });
