/**
 * What applyEvent (apply.ts) writes into the explanation records besides the event itself: the
 * meters as shown, the change list, and R6's cooling records for the time before a meeting.
 * Reads states; only `coolAll` changes one (the working copy it is given).
 */
import { effectText } from './explain.ts';
import * as H from './handlers.ts';
import { shownRapport, shownTrust } from './meters.ts';
import type {
  Change,
  Cooling,
  CounterpartState,
  EventMeta,
  ExplanationRecord,
  ModelState,
  RelationshipEvent,
  Shown,
} from './types.ts';
import { METERS } from './types.ts';

const round1 = (n: number) => Math.round(n * 10) / 10;
export const shown = (cp: CounterpartState): Shown => ({
  rapport: round1(shownRapport(cp)),
  trust: round1(shownTrust(cp)),
});

/** The numbers the change list tracks for each counterpart. */
const TRACKED = [...METERS, 'G', 'meetings', 'lastContactDay', 'faceIncidents'] as const;

export function diff(before: ModelState, after: ModelState, who: string, only = false): Change[] {
  const changes: Change[] = [];
  if (!only && before.day !== after.day)
    changes.push({ variable: 'day', before: before.day, after: after.day });
  // The event's counterpart first, then any other the event touched.
  for (const id of only ? [who] : [who, ...after.order.filter((id) => id !== who)]) {
    const a = after.counterparts[id];
    if (!a) continue;
    const b = before.counterparts[id];
    const prefix = id === who ? '' : `${id}.`;
    for (const v of TRACKED) {
      const was = b ? b[v] : null;
      if (was === null || Math.abs(a[v] - was) > 1e-9)
        changes.push({ variable: prefix + v, before: was, after: a[v] });
    }
  }
  return changes;
}

/**
 * The numbers of a state, for a diff: each counterpart copied one level deep (a handler replaces
 * numbers; what it changes deeper — a violation, repair counts — is not in the change list).
 * Cheaper than `cloneState`, and only ever read.
 */
export function snapshot(state: ModelState): ModelState {
  const counterparts: Record<string, CounterpartState> = {};
  for (const id of state.order) counterparts[id] = { ...state.counterparts[id]! };
  return { day: state.day, counterparts, order: state.order };
}

/**
 * R6 as the clock moves to `toDay` for `event` (a meeting): every counterpart cools from its own
 * last contact (the steps add up to the whole gap), and each one that changed gets its own record,
 * attributed to the passage of time — or to the choice that led to the gap, when `meta` names one.
 * Changes `next` except its clock.
 */
export function coolAll(
  next: ModelState,
  toDay: number,
  event: RelationshipEvent,
  meta: EventMeta,
): ExplanationRecord[] {
  const records: ExplanationRecord[] = [];
  const fromDay = next.day;
  if (toDay <= fromDay) return records;
  const before = snapshot(next);
  for (const id of next.order) {
    const cp = next.counterparts[id]!;
    const was = shown(cp);
    const outcome = H.cooling(cp, fromDay, toDay, meta.choice);
    const changes = diff(before, next, id, true);
    if (!changes.length) continue;
    const cooling: Cooling = {
      lastContactDay: cp.lastContactDay,
      fromDay,
      toDay,
      days: toDay - cp.lastContactDay,
    };
    if (meta.choice !== undefined) cooling.choice = meta.choice;
    const after = shown(cp);
    const record: ExplanationRecord = {
      day: toDay,
      who: id,
      event: { ...event }, // a meeting: flat, and structuredClone is slow
      cooling,
      rules: outcome.rules,
      changes,
      shown: { before: was, after },
      explanation: `${outcome.lead}: ${effectText(was, after)}.`,
      words: outcome.words,
    };
    if (meta.source !== undefined) record.source = meta.source;
    // The coach note belongs to a choice: only a gap that choice led to carries it.
    if (meta.choice !== undefined && meta.note !== undefined) record.note = meta.note;
    records.push(record);
  }
  return records;
}
