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
import { decay, startState } from './rules.ts';
import type {
  Change,
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
  record: ExplanationRecord;
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

function diff(before: ModelState, after: ModelState, who: string): Change[] {
  const changes: Change[] = [];
  if (before.day !== after.day) changes.push({ variable: 'day', before: before.day, after: after.day });
  // The event's counterpart first, then any other the event touched (decay on a new day).
  for (const id of [who, ...after.order.filter((id) => id !== who)]) {
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

/** Apply one event. Throws AuthorError when the event does not fit the story so far. */
export function applyEvent(state: ModelState, event: RelationshipEvent, meta: EventMeta = {}): Applied {
  const next = cloneState(state);
  let outcome: H.Outcome;
  const existing = next.counterparts[event.who];
  const before = existing ? shown(existing) : null;

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
        // Decay is applied to everyone as the clock advances, each from its own last contact (R6
        // takes the ratio of what is retained at both ends, so the steps add up to the whole gap).
        for (const id of next.order) decay(next.counterparts[id]!, next.day, event.day);
        next.day = event.day;
        outcome = H.meeting(cp, event, event.day - cp.lastContactDay);
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
  // A single event that costs this much at once (or loses face) closes the counterpart for the
  // rest of the meeting; a repair that restores something opens them again.
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
    changes: diff(state, next, event.who),
    shown: { before, after },
    explanation: `${outcome.lead}: ${effectText(before, after)}.`,
  };
  if (meta.source !== undefined) record.source = meta.source;
  if (meta.note !== undefined) record.note = meta.note;
  if (outcome.faceIncident !== undefined) record.faceIncident = outcome.faceIncident;
  if (outcome.cue !== undefined) record.cue = outcome.cue;
  if (outcome.result !== undefined) record.result = outcome.result;
  const applied: Applied = { state: next, record };
  if (outcome.result !== undefined) applied.result = outcome.result;
  return applied;
}

export interface LogEntry {
  event: RelationshipEvent;
  meta?: EventMeta;
}

/** Re-apply a log of events from the start (or from `from`): same events, same state and records. */
export function replay(
  entries: readonly LogEntry[],
  from: ModelState = initialState(),
): { state: ModelState; records: ExplanationRecord[] } {
  let state = from;
  const records: ExplanationRecord[] = [];
  entries.forEach((entry, seq) => {
    const applied = applyEvent(state, entry.event, entry.meta);
    state = applied.state;
    records.push({ seq, ...applied.record });
  });
  return { state, records };
}
