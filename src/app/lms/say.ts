/**
 * What the LMS code tells the learner, in their language: the interface's messages are loaded
 * before it starts (main.ts), so it words its notices itself; the English is what it says when a
 * message is missing (and in the unit tests, which load none).
 */
import { hasMessage, t, type MessageKey } from '../../l10n/index.ts';
import type { MessageParams } from '../../l10n/types.ts';

export function say(key: MessageKey, english: string, params?: MessageParams): string {
  return hasMessage(key) ? t(key, params) : english;
}
