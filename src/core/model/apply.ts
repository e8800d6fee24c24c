/**
 * applyEvent: state + event → new state + explanation record; replay: a log → the same state.
 *
 * Pure and deterministic: never mutates its input, never reads the clock, Math.random, the DOM or
 * storage. Checks what only the state can tell (an undeclared counterpart, time running
 * backwards, a counterpart redeclared differently) and throws an AuthorError naming the fix.
 */
import { SHOCK_DROP } from './calibration.ts';
import { AuthorError, formatArg } from './errors.ts';
import { effectText, eventCall } from './explain.ts';
import * as H from './handlers.ts';
import { shownRapport, shownTrust } from './meters.ts';
import { startState } from './rules.ts';
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

export function initialState(): ModelState {
  return { day: 0, counterparts: {}, order: [] };
}

export interface Applied {
  state: ModelState;
  /** The event's own record: what the event itself did. */
  record: ExplanationRecord;
  /**
   * Every record the event yields, in log order: when a meeting moves the clock, first a cooling
   * record for each counterpart that changed over the gap (R6), then `record`. Keep all of them:
   * the log replays to the state only with the coolings in it.
   */
  records: ExplanationRecord[];
  /** business_ask only: whether the request succeeded (R9). */
  result?: boolean;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const shown = (cp: CounterpartState): Shown => ({
  rapport: round1(shownRapport(cp)),
  trust: round1(shownTrust(cp)),
});

/** The numbers the change list tracks for each counterpart. */
const TRACKED = [...METERS, 'G', 'meetings', 'lastContactDay', 'faceIncidents'] as const;

function diff(before: ModelState, after: ModelState, who: string, only = false): Change[] {
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

function notDeclared(e: RelationshipEvent): AuthorError {
  const id = formatArg(e.who);
  return new AuthorError(
    `${eventCall(e)}: no counterpart ${id} has been declared — call counterpart(${id}, "Name", ro, pd, co, di, fl) first ` +
      '(in the cast() function, so jump-ins declare it too), or check the spelling of the id.',
  );
}

function sameProfile(a: CounterpartState, e: Extract<RelationshipEvent, { kind: 'counterpart' }>): boolean {
  return a.name === e.name && JSON.stringify(a.profile) === JSON.stringify(e.profile);
}

/**
 * A deep copy of the state, written out: `structuredClone` was most of the cost of an event (the
 * story analyzer applies tens of thousands). Every nested object of `CounterpartState` is copied;
 * a test checks that applying an event never changes the state it was given.
 */
export function cloneState(state: ModelState): ModelState {
  const counterparts: Record<string, CounterpartState> = {};
  for (const id of Object.keys(state.counterparts)) {
    const cp = state.counterparts[id]!;
    const v = cp.lastViolation;
    counterparts[id] = {
      ...cp,
      profile: { ...cp.profile },
      lastViolation: v ? { ...v, before: { ...v.before }, lost: { ...v.lost } } : null,
      repair: { ...cp.repair },
    };
  }
  return { day: state.day, counterparts, order: [...state.order] };
}

/**
 * The numbers of a state, for a diff: each counterpart copied one level deep (a handler replaces
 * numbers; what it changes deeper — a violation, repair counts — is not in the change list).
 * Cheaper than `cloneState`, and only ever read.
 */
function snapshot(state: ModelState): ModelState {
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
function coolAll(
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
    };
    if (meta.source !== undefined) record.source = meta.source;
    // The coach note belongs to a choice: only a gap that choice led to carries it.
    if (meta.choice !== undefined && meta.note !== undefined) record.note = meta.note;
    records.push(record);
  }
  return records;
}

/** Apply one event. Throws AuthorError when the event does not fit the story so far. */
export function applyEvent(state: ModelState, event: RelationshipEvent, meta: EventMeta = {}): Applied {
  const next = cloneState(state);
  let outcome: H.Outcome;
  const existing = next.counterparts[event.who];
  // What the counterpart showed before anything happened (the time before a meeting included).
  const before = existing ? shown(existing) : null;
  let cooled: ExplanationRecord[] = [];
  // The state the event's own record starts from: after the cooling, if the clock moved.
  let start = state;

  if (event.kind === 'counterpart') {
    if (existing && !sameProfile(existing, event)) {
      throw new AuthorError(
        `${eventCall(event)}: counterpart ${formatArg(event.who)} was already declared as ` +
          `${formatArg(existing.name)} with a different profile — declare each counterpart once (in cast()), or give this one another id.`,
      );
    }
    if (existing) {
      outcome = { rules: [], lead: `${event.name} was already declared; nothing changes` };
    } else {
      next.counterparts[event.who] = startState(event.who, event.name, event.profile, next.day);
      next.order.push(event.who);
      outcome = { rules: ['R8'], lead: `${event.name} enters the story at the start values` };
    }
  } else {
    const cp = existing;
    if (!cp) throw notDeclared(event);
    switch (event.kind) {
      case 'meeting': {
        if (event.day < next.day) {
          throw new AuthorError(
            `${eventCall(event)}: day ${event.day} is before day ${next.day}, the story's last meeting — ` +
              'in-story time only runs forward; give this meeting a day ≥ ' +
              `${next.day}.`,
          );
        }
        // The time before the meeting is recorded on its own (R6), before the meeting's record.
        cooled = coolAll(next, event.day, event, meta);
        if (cooled.length) start = snapshot(next);
        next.day = event.day;
        outcome = H.meeting(cp, event);
        break;
      }
      case 'gain':
        outcome = H.gain(cp, event);
        break;
      case 'loss':
        outcome = H.loss(cp, event);
        break;
      case 'face_threat':
        outcome = H.faceThreat(cp, event);
        break;
      case 'business_ask':
        outcome = H.businessAsk(cp, event);
        break;
      case 'handover':
        outcome = H.handover(cp);
        break;
      case 'apology':
      case 'denial':
        outcome = H.repair(cp, event.kind);
        break;
    }
  }

  const cp = next.counterparts[event.who]!;
  const after = shown(cp);
  const startCp = start.counterparts[event.who];
  const ownBefore = startCp ? shown(startCp) : null;
  // A single event that costs this much at once (or loses face) closes the counterpart for the
  // rest of the meeting; a repair that restores something opens them again. (For a meeting, the
  // cooling before it counts too, as it always has: `before` is from before the gap.)
  if (
    before &&
    (before.trust - after.trust >= SHOCK_DROP ||
      before.rapport - after.rapport >= SHOCK_DROP ||
      outcome.faceIncident)
  )
    cp.shockMeeting = cp.meetings;
  if (outcome.repaired) cp.shockMeeting = null;

  const record: ExplanationRecord = {
    day: next.day,
    who: event.who,
    event: structuredClone(event),
    rules: outcome.rules,
    changes: diff(start, next, event.who),
    shown: { before: ownBefore, after },
    explanation: `${outcome.lead}: ${effectText(ownBefore, after)}.`,
  };
  if (meta.source !== undefined) record.source = meta.source;
  if (meta.note !== undefined) record.note = meta.note;
  if (outcome.faceIncident !== undefined) record.faceIncident = outcome.faceIncident;
  if (outcome.cue !== undefined) record.cue = outcome.cue;
  if (outcome.result !== undefined) record.result = outcome.result;
  const applied: Applied = { state: next, record, records: [...cooled, record] };
  if (outcome.result !== undefined) applied.result = outcome.result;
  return applied;
}

export interface LogEntry {
  event: RelationshipEvent;
  meta?: EventMeta;
}

/**
 * Re-apply a log of events from the start (or from `from`): same events, same state and records.
 * A record's `seq` is its place in the log, coolings included, not the entry's.
 */
export function replay(
  entries: readonly LogEntry[],
  from: ModelState = initialState(),
): { state: ModelState; records: ExplanationRecord[] } {
  let state = from;
  const records: ExplanationRecord[] = [];
  for (const entry of entries) {
    const applied = applyEvent(state, entry.event, entry.meta);
    state = applied.state;
    for (const record of applied.records) records.push({ seq: records.length, ...record });
  }
  return { state, records };
}
