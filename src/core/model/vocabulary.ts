/**
 * The ink vocabulary (stories/lib/rapport.ink) as data, and parseCall: one EXTERNAL call from ink
 * → a validated RelationshipEvent, or an AuthorError naming the call, the problem and the fix.
 *
 * Validates everything a call alone can tell (word, arity, types, dimensions, ranges); what needs
 * the story so far (is the counterpart declared?) is checked by applyEvent. Never applies events.
 */
import { nearest } from '../nearest.ts';
import { AuthorError, formatCall } from './errors.ts';
import type { CultureProfile, Dimension, RelationshipEvent } from './types.ts';
import { DIMENSIONS } from './types.ts';

export interface VocabularyWord {
  name: string;
  params: readonly string[];
  /** `event` words change the relationship; `reader` words only read a meter. */
  role: 'event' | 'reader';
}

const word = (name: string, params: string[], role: 'event' | 'reader' = 'event'): VocabularyWord => ({
  name,
  params,
  role,
});

export const VOCABULARY: readonly VocabularyWord[] = [
  word('counterpart', ['who', 'name', 'ro', 'pd', 'co', 'di', 'fl']),
  word('meeting', ['who', 'day']),
  word('gain', ['who', 'dimension', 'size', 'fit']),
  word('loss', ['who', 'dimension', 'size', 'fit']),
  word('face_threat', ['who', 'imposition', 'power_gap', 'in_public', 'redress']),
  word('business_ask', ['who', 'imposition']),
  word('handover', ['who']),
  word('apology', ['who']),
  word('denial', ['who']),
  word('rapport', ['who'], 'reader'),
  word('trust', ['who'], 'reader'),
];

/** The words that are events (bound to parseCall + applyEvent). */
export const VOCABULARY_NAMES: readonly string[] = VOCABULARY.filter((w) => w.role === 'event').map(
  (w) => w.name,
);
/** The words that read a meter (bound to a reader; safe for ink's lookahead). */
export const READER_NAMES: readonly string[] = VOCABULARY.filter((w) => w.role === 'reader').map(
  (w) => w.name,
);

function suggest(given: string, options: readonly string[]): string {
  const near = nearest(given, options, 3);
  return near ? ` (did you mean "${near}"?)` : '';
}

/** Reads the arguments of one call, throwing an AuthorError that quotes the call. */
class Args {
  constructor(
    private readonly name: string,
    private readonly params: readonly string[],
    private readonly args: readonly unknown[],
  ) {}

  fail(problem: string): never {
    throw new AuthorError(`${formatCall(this.name, this.args)}: ${problem}`);
  }

  string(i: number): string {
    const v = this.args[i];
    if (typeof v !== 'string' || v.trim() === '')
      this.fail(
        `${this.params[i]} must be a non-empty text in quotes, e.g. "liwei" — got ${formatCall('', [v]).slice(1, -1)}.`,
      );
    return v;
  }

  number(i: number, lo: number, hi: number, hint: string): number {
    const v = this.args[i];
    if (typeof v !== 'number' || !Number.isFinite(v))
      this.fail(
        `${this.params[i]} must be a number ${lo}..${hi} (${hint}) — got ${formatCall('', [v]).slice(1, -1)}.`,
      );
    if (v < lo || v > hi)
      this.fail(`${this.params[i]} ${v} is out of range — use a number from ${lo} to ${hi} (${hint}).`);
    return v;
  }

  scale(i: number, hint: string): number {
    return this.number(i, 0, 1, hint);
  }

  boolean(i: number): boolean {
    const v = this.args[i];
    // ink passes true/false as booleans; older runtimes pass 1/0.
    if (typeof v === 'boolean') return v;
    if (v === 0 || v === 1) return v === 1;
    return this.fail(
      `${this.params[i]} must be true or false (without quotes) — got ${formatCall('', [v]).slice(1, -1)}.`,
    );
  }

  dimension(i: number): Dimension {
    const v = this.string(i);
    if (!(DIMENSIONS as readonly string[]).includes(v))
      this.fail(`unknown dimension "${v}"${suggest(v, DIMENSIONS)} — use one of ${DIMENSIONS.join(', ')}.`);
    return v as Dimension;
  }
}

const SIZE_HINT = '1 = a small courtesy, 4 = a thoughtful gesture, 12 = a major act, 20 = the most there is';
const FIT_HINT = '1 = neutral, 1.5 = fits this counterpart’s culture very well, 0.5 = badly';

/** Turn one EXTERNAL call from ink into a validated event, or throw an AuthorError. */
export function parseCall(name: string, args: readonly unknown[]): RelationshipEvent {
  const w = VOCABULARY.find((v) => v.name === name);
  if (!w) {
    throw new AuthorError(
      `${formatCall(name, args)}: "${name}" is not a relationship word${suggest(name, VOCABULARY_NAMES)} — ` +
        `use one of ${VOCABULARY.map((v) => v.name).join(', ')} (see docs/relationship-model.md).`,
    );
  }
  if (w.role === 'reader') {
    throw new AuthorError(
      `${formatCall(name, args)}: ${name} only reads a meter; it is not an event — use it in an expression, e.g. {${name}("liwei")}.`,
    );
  }
  if (args.length !== w.params.length) {
    throw new AuthorError(
      `${formatCall(name, args)}: ${name} takes ${w.params.length} argument${w.params.length === 1 ? '' : 's'} (${w.params.join(', ')}), got ${args.length} — ` +
        `write ${name}(${w.params.join(', ')}).`,
    );
  }
  const a = new Args(name, w.params, args);
  const who = a.string(0);
  switch (name) {
    case 'counterpart': {
      const profile: CultureProfile = {
        relationshipOrientation: a.scale(2, '0 task-based trust … 1 relationship-based'),
        powerDistance: a.scale(3, '0 flat … 1 hierarchical'),
        collectivism: a.scale(4, '0 individualist … 1 collectivist'),
        directness: a.scale(5, '0 high-context … 1 low-context'),
        flexibility: a.scale(6, '0 universalist rules … 1 particularist relationships'),
      };
      return { kind: 'counterpart', who, name: a.string(1), profile };
    }
    case 'meeting': {
      const day = a.number(1, 0, 100_000, 'the in-story day, 0 = the first day');
      return { kind: 'meeting', who, day };
    }
    case 'gain':
    case 'loss':
      return {
        kind: name,
        who,
        dimension: a.dimension(1),
        size: a.number(2, 1, 20, SIZE_HINT),
        fit: a.number(3, 0.5, 1.5, FIT_HINT),
      };
    case 'face_threat':
      return {
        kind: 'face_threat',
        who,
        imposition: a.scale(1, 'how hard it is to grant'),
        powerGap: a.scale(2, 'how far above them the asker stands'),
        inPublic: a.boolean(3),
        redress: a.scale(4, 'how much it is softened: hedged, private, agreed in advance'),
      };
    case 'business_ask':
      return { kind: 'business_ask', who, imposition: a.scale(1, 'how hard it is to grant') };
    case 'handover':
    case 'apology':
    case 'denial':
      return { kind: name, who };
  }
  throw new AuthorError(
    `${formatCall(name, args)}: "${name}" has no parser — this is a bug in src/core/model/vocabulary.ts, not in the story.`,
  );
}
