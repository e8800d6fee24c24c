/**
 * Words for the explanation log: the call behind an event, a learner-readable sentence for what
 * it did, and `describeRecord` for a one-line summary of a record (debrief, facilitator, tests).
 *
 * Generic wording only — scenario text lives in ink, and arrives here as the coach note.
 */
import { formatCall } from './errors.ts';
import type { Dimension, ExplanationRecord, RelationshipEvent, Shown } from './types.ts';

/** The ink call an event came from, e.g. `gain("liwei", "benevolence", 4, 1)`. */
export function eventCall(e: RelationshipEvent): string {
  switch (e.kind) {
    case 'counterpart': {
      const p = e.profile;
      return formatCall(e.kind, [
        e.who,
        e.name,
        p.relationshipOrientation,
        p.powerDistance,
        p.collectivism,
        p.directness,
        p.flexibility,
      ]);
    }
    case 'meeting':
      return formatCall(e.kind, [e.who, e.day]);
    case 'gain':
    case 'loss':
      return formatCall(e.kind, [e.who, e.dimension, e.size, e.fit]);
    case 'face_threat':
      return formatCall(e.kind, [e.who, e.imposition, e.powerGap, e.inPublic, e.redress]);
    case 'business_ask':
      return formatCall(e.kind, [e.who, e.imposition]);
    default:
      return formatCall(e.kind, [e.who]);
  }
}

const MINUS = '\u2212';

/** A signed whole number as a learner reads it: +3, −14. */
export function signed(n: number): string {
  const r = Math.round(n);
  return r < 0 ? `${MINUS}${-r}` : `+${r}`;
}

/** "Trust −14, Rapport −5", or "no visible change". */
export function effectText(before: Shown | null, after: Shown): string {
  if (!before) return `Trust ${Math.round(after.trust)}, Rapport ${Math.round(after.rapport)}`;
  const parts: string[] = [];
  const dt = after.trust - before.trust;
  const dr = after.rapport - before.rapport;
  if (Math.round(dt) !== 0) parts.push(`Trust ${signed(dt)}`);
  if (Math.round(dr) !== 0) parts.push(`Rapport ${signed(dr)}`);
  return parts.length ? parts.join(', ') : 'no visible change';
}

export function sizeWord(size: number): string {
  if (size <= 3) return 'small';
  if (size <= 7) return 'clear';
  if (size <= 12) return 'major';
  return 'exceptional';
}

const DIMENSION_WORDS: Record<Dimension, string> = {
  ability: 'competence',
  integrity: 'integrity',
  benevolence: 'care (benevolence)',
  attentiveness: 'attentiveness',
  positivity: 'warmth (positivity)',
  coordination: 'coordination',
};

export function dimensionWord(d: Dimension): string {
  return DIMENSION_WORDS[d];
}

/** "that fits Li Wei well" / "that fits Li Wei poorly" / "". */
export function fitWords(fit: number, name: string): string {
  if (fit >= 1.2) return ` that fits ${name} well`;
  if (fit <= 0.8) return ` that fits ${name} poorly`;
  return '';
}

/** One line for a record: `day 3 · liwei · gain(...) · R3 R1 R4 · <explanation>`. */
export function describeRecord(r: ExplanationRecord): string {
  const rules = r.rules.length ? ` · ${r.rules.join(' ')}` : '';
  return `day ${r.day} · ${r.who} · ${eventCall(r.event)}${rules} · ${r.explanation}`;
}
