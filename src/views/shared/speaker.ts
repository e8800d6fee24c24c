/** The name shown before a line: the learner's own ("You") in the learner's language, else as the session gives it. */
import type { ShownLine } from '../../core/session/types.ts';
import { t } from '../../l10n/index.ts';

export function speakerLabel(line: Pick<ShownLine, 'speaker' | 'speakerName'>): string {
  return line.speaker?.toLowerCase() === 'you' ? t('play.you') : (line.speakerName ?? '');
}
