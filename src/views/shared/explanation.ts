/**
 * The relationship model's explanations in the learner's language: a record's `words` (the parts of
 * its sentence, core/model/types.ts) and the meters it moved, said through the catalog's `model.*`
 * messages. In English this is, word for word, the record's own `explanation` (a unit test holds
 * the two together over every story); a record without parts keeps its English. `names`: the
 * counterparts' names in the learner's language (the story's translation), by id.
 */
import type { Explained } from '../../core/session/types.ts';
import type { Words } from '../../core/model/types.ts';
import { hasMessage, t, type MessageParams } from '../../l10n/index.ts';

const MINUS = '\u2212';
const signed = (n: number) => {
  const r = Math.round(n);
  return r < 0 ? `${MINUS}${-r}` : `+${r}`;
};

/** "Trust −14, Rapport −5", "no visible change", or the starting values. */
function effect(shown: Explained['shown']): string {
  const { before, after } = shown;
  if (!before)
    return t('model.effect.first', { trust: Math.round(after.trust), rapport: Math.round(after.rapport) });
  const dt = after.trust - before.trust;
  const dr = after.rapport - before.rapport;
  const trust = Math.round(dt) !== 0;
  const rapport = Math.round(dr) !== 0;
  const values = { dt: signed(dt), dr: signed(dr) };
  if (trust && rapport) return t('model.effect.both', values);
  if (trust) return t('model.effect.trust', values);
  if (rapport) return t('model.effect.rapport', values);
  return t('model.effect.none');
}

/** The first half of an explanation, from its parts (`name`: the counterpart's name as shown). */
function lead(words: Words, name: string | undefined): string {
  const params: MessageParams =
    name !== undefined && 'name' in words.params ? { ...words.params, name } : words.params;
  if (words.key === 'model.cooling' || words.key === 'model.cooling.chosen')
    return t(words.key, {
      ...params,
      span: t('model.cooling.span', params),
      what: t('model.cooling.what', params),
    });
  return hasMessage(words.key) ? t(words.key, params) : '';
}

/**
 * An explanation in the learner's language; its English when it has no parts, when its key is not
 * in this build's catalog, or when the model's messages have not loaded yet (they come right after
 * the first line is painted, long before a learner can read it and choose).
 */
export function explanationText(r: Explained, names: Readonly<Record<string, string>> = {}): string {
  if (!r.words || !hasMessage(r.words.key) || !hasMessage('model.explanation')) return r.explanation;
  const name = r.who !== undefined ? names[r.who] : undefined;
  return t('model.explanation', { lead: lead(r.words, name), effect: effect(r.shown) });
}
