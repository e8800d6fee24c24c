/**
 * What each vocabulary event does to one counterpart: the rules it fires and the sentence that
 * explains it. Each handler changes the working copy it is given (apply.ts passes a copy) and
 * returns an Outcome; applyEvent turns that into the explanation record.
 *
 * Never reads anything but its arguments; never touches the log, the clock or randomness.
 */
import * as cal from './calibration.ts';
import { dimensionWord, fitWords, sizeWord } from './explain.ts';
import { shownRapport } from './meters.ts';
import * as R from './rules.ts';
import type { CounterpartState, Meter, RelationshipEvent, Words } from './types.ts';

export interface Outcome {
  rules: string[];
  /** The first half of the explanation; applyEvent adds the visible effect. */
  lead: string;
  /** `lead` in parts, for a view to say in the learner's language (types.ts, Words). */
  words: Words;
  result?: boolean;
  faceIncident?: boolean;
  cue?: string;
  /** A repair restored something: the counterpart opens up again. */
  repaired?: boolean;
}

type Of<K extends RelationshipEvent['kind']> = Extract<RelationshipEvent, { kind: K }>;

function pick(cp: CounterpartState, meters: readonly Meter[]): Partial<Record<Meter, number>> {
  const picked: Partial<Record<Meter, number>> = {};
  for (const m of meters) picked[m] = cp[m];
  return picked;
}

/** The parts of "A clear act of care (benevolence) that fits Li Wei well". */
function actParams(e: Of<'gain'> | Of<'loss'>, name: string): Record<string, string | number> {
  return {
    size: sizeWord(e.size),
    dimension: e.dimension,
    fit: e.fit >= 1.2 ? 'well' : e.fit <= 0.8 ? 'poorly' : 'neutral',
    name,
  };
}

export function gain(cp: CounterpartState, e: Of<'gain'>): Outcome {
  const m = R.ROUTE[e.dimension];
  const before = cp[m];
  cp[m] = R.saturatingGain(before, e.size, e.fit);
  cp.G = R.goodwillAfterGain(cp.G, cp[m] - before);
  const lead = `A ${sizeWord(e.size)} act of ${dimensionWord(e.dimension)}${fitWords(e.fit, cp.name)}`;
  const words = { key: 'model.gain', params: actParams(e, cp.name) };
  return { rules: ['R3', 'R1', 'R4'], lead, words };
}

export function loss(cp: CounterpartState, e: Of<'loss'>): Outcome {
  const m = R.ROUTE[e.dimension];
  const integrity = e.dimension === 'integrity';
  const before = pick(cp, [m]);
  const { lost, absorbed } = R.takeLoss(cp, [m], e.size, e.fit, integrity);
  const kind = R.VIOLATION[e.dimension];
  if (kind) R.recordViolation(cp, kind, before, lost);
  const rules = ['R3', 'R2'];
  if (absorbed > 0) rules.push('R4');
  let lead = `A ${sizeWord(e.size)} lapse of ${dimensionWord(e.dimension)}${fitWords(e.fit, cp.name)}`;
  if (integrity) lead += ' — integrity breaches weigh more';
  if (absorbed > 0 && (lost[m] ?? 0) === 0) lead += ', absorbed by the goodwill built earlier';
  else if (absorbed > 0) lead += ', softened a little by goodwill';
  const words = {
    key: 'model.loss',
    params: {
      ...actParams(e, cp.name),
      integrity: integrity ? 'yes' : 'no',
      absorbed: absorbed > 0 && (lost[m] ?? 0) === 0 ? 'all' : absorbed > 0 ? 'some' : 'none',
    },
  };
  return { rules, lead, words };
}

/** R5 (+ R2, R4): the shared part of face_threat and a failed business_ask. */
function threatenFace(
  cp: CounterpartState,
  t: { imposition: number; powerGap: number; inPublic: boolean; redress: number },
): { lostTa: number; absorbed: number; incident: boolean } {
  const weight = R.faceWeight(shownRapport(cp), cp.profile, t);
  const before = pick(cp, ['Ta', 'P']);
  const { lost, absorbed } = R.takeLoss(cp, ['Ta', 'P'], R.faceSize(weight), 1, false, {
    P: cal.FACE_POSITIVITY_SHARE,
  });
  R.recordViolation(cp, 'benevolence', before, lost);
  const lostTa = lost.Ta ?? 0;
  const incident = lostTa >= cal.FACE_INCIDENT_MIN;
  if (incident) cp.faceIncidents += 1;
  return { lostTa, absorbed, incident };
}

export function faceThreat(cp: CounterpartState, e: Of<'face_threat'>): Outcome {
  const { lostTa, absorbed, incident } = threatenFace(cp, e);
  let lead = e.inPublic
    ? `Asking in front of others made it a public face threat to ${cp.name}`
    : `A face threat to ${cp.name}, in private`;
  if (e.redress >= 0.5) lead += ', softened (hedged, private or agreed in advance)';
  if (absorbed > 0 && lostTa === 0) lead += ' — the goodwill built earlier absorbed it';
  const rules = ['R5', 'R2'];
  if (absorbed > 0) rules.push('R4');
  const words = {
    key: 'model.faceThreat',
    params: {
      name: cp.name,
      public: e.inPublic ? 'yes' : 'no',
      softened: e.redress >= 0.5 ? 'yes' : 'no',
      absorbed: absorbed > 0 && lostTa === 0 ? 'yes' : 'no',
    },
  };
  const out: Outcome = { rules, lead, words, faceIncident: incident };
  if (incident) out.cue = e.inPublic ? 'Face lost in front of others' : 'Face threatened';
  return out;
}

export function businessAsk(cp: CounterpartState, e: Of<'business_ask'>): Outcome {
  const need = R.businessThreshold(cp.profile);
  const have = cp.Ta;
  if (have >= need) {
    return {
      rules: ['R9'],
      lead: `The relationship could carry the business request (affective trust ${Math.round(have)}, needed ${Math.round(need)})`,
      words: { key: 'model.business.ok', params: { have: Math.round(have), need: Math.round(need) } },
      result: true,
    };
  }
  // A refused request is itself a face threat: private, no power gap, unsoftened.
  const { absorbed, incident } = threatenFace(cp, {
    imposition: e.imposition,
    powerGap: 0,
    inPublic: false,
    redress: 0,
  });
  const rules = ['R9', 'R5', 'R2'];
  if (absorbed > 0) rules.push('R4');
  const out: Outcome = {
    rules,
    lead:
      `Too early for business: ${cp.name} needs more affective trust first (${Math.round(have)} of ${Math.round(need)}),` +
      ' and the refused request became a face threat',
    words: {
      key: 'model.business.early',
      params: { name: cp.name, have: Math.round(have), need: Math.round(need) },
    },
    result: false,
    faceIncident: incident,
  };
  if (incident) out.cue = 'Too early for business';
  return out;
}

const tenth = (x: number) => Math.round(x * 10) / 10;

export function meeting(cp: CounterpartState, e: Of<'meeting'>): Outcome {
  const rapportBefore = shownRapport(cp);
  cp.meetings += 1;
  cp.lastContactDay = e.day;
  // The time since the last contact is not the meeting's doing: applyEvent records it first, as
  // a cooling (see `cooling`). What a meeting itself moves is rapport's weights — said only when
  // the record shows it (meters to one decimal, the change to a whole number, as effectText).
  const shift =
    Math.round(tenth(shownRapport(cp)) - tenth(rapportBefore)) !== 0
      ? ' — rapport now weighs working together more, first warmth less'
      : '';
  return {
    rules: [],
    // The learner counts days from 1, as the debrief and the stage do (ink's meeting() from 0).
    lead: `Meeting ${cp.name} on day ${e.day + 1} (meeting ${cp.meetings})${shift}`,
    words: {
      key: 'model.meeting',
      params: { name: cp.name, day: e.day + 1, n: cp.meetings, shift: shift ? 'yes' : 'no' },
    },
  };
}

/** "hand the account to customer success" from the choice's text, or the text in quotes. */
function chosen(text: string): string {
  const t = text.trim().replace(/[.!]$/, '');
  return /^[A-Z][a-z]/.test(t) ? `to ${t[0]!.toLowerCase()}${t.slice(1)}` : `“${t}”`;
}

/**
 * R6: what the time since the last contact did to a counterpart while the clock moved from
 * `fromDay` to `toDay` (changes `cp`). `choice`: the choice that led to the gap, if the story says
 * so (see `EventMeta.choice`). Never touches the meeting count or the last contact.
 */
export function cooling(cp: CounterpartState, fromDay: number, toDay: number, choice?: string): Outcome {
  const keep = R.keepShare(cp);
  const was = pick(cp, ['Ta', 'A', 'P', 'C']);
  R.decay(cp, fromDay, toDay);
  const moved = (['Ta', 'A', 'P', 'C'] as const).map((m) => cp[m] - was[m]!);
  const down = moved.some((d) => d < -1e-9);
  const up = moved.some((d) => d > 1e-9);
  const floor =
    keep > 0
      ? ` (what was built settles, it does not vanish: at least ${Math.round(keep * 100)} % of it stays)`
      : ' (before a first meeting nothing holds it: what was built fades back toward a stranger’s level)';
  const what =
    down && up
      ? `the relationship drifted toward where it started: some of it cooled${floor}, some strain eased`
      : down
        ? `the relationship cooled${floor}`
        : up
          ? 'the strain eased: the relationship drifted back toward where it started'
          : 'the goodwill built earlier faded';
  const days = toDay - cp.lastContactDay;
  const step = toDay - fromDay;
  // A gap split by meetings with someone else cools in steps: say which part this one is.
  const span =
    step < days ? `${step} more day${step === 1 ? '' : 's'}` : `${days} day${days === 1 ? '' : 's'}`;
  const inAll = step < days ? ` (${days} in all)` : '';
  const lead =
    choice === undefined
      ? `No contact with ${cp.name} for ${span}${inAll}: ${what}`
      : `${span} without contact with ${cp.name}${inAll} after you chose ${chosen(choice)} — ${what}`;
  const words = {
    key: choice === undefined ? 'model.cooling' : 'model.cooling.chosen',
    params: {
      name: cp.name,
      step,
      days,
      more: step < days ? 'yes' : 'no',
      drift: down && up ? 'both' : down ? 'down' : up ? 'up' : 'none',
      keeps: keep > 0 ? 'yes' : 'no',
      keep: Math.round(keep * 100),
      choice: choice === undefined ? '' : chosen(choice),
    },
  };
  return { rules: ['R6'], lead, words };
}

export function handover(cp: CounterpartState): Outcome {
  R.handover(cp);
  return {
    rules: ['R7'],
    lead:
      `A new face on the account: the rapport building with ${cp.name} starts over` +
      ' (80 % of cognitive trust and half the goodwill remain)',
    words: { key: 'model.handover', params: { name: cp.name } },
  };
}

const SHARE_WORDS = (share: number) => `${Math.round(share * 100)} %`;

export function repair(cp: CounterpartState, how: 'apology' | 'denial'): Outcome {
  const r = R.repair(cp, how);
  cp.repair.attempts += 1;
  cp.repair.lost += r.lost;
  cp.repair.restored += r.restored;
  const act = how === 'apology' ? 'The apology' : 'The denial';
  if (r.reason === 'none')
    return {
      rules: ['R10'],
      lead: `${act} found no recent violation to repair`,
      words: { key: 'model.repair.none', params: { how } },
    };
  if (r.reason === 'late')
    return {
      rules: ['R10'],
      lead: `${act} came too late: the violation was more than ${cal.REPAIR_WINDOW} meetings ago`,
      words: { key: 'model.repair.late', params: { how, window: cal.REPAIR_WINDOW } },
    };
  const what = {
    competence: 'a competence breach',
    integrity: 'an integrity breach',
    benevolence: 'a loss of face or hurt feelings',
  }[r.kind!];
  return {
    rules: ['R10'],
    lead: `${how === 'apology' ? 'An apology' : 'A denial'} for ${what} restores ${SHARE_WORDS(r.share)} of what it cost (never more than there was before)`,
    words: { key: 'model.repair.done', params: { how, kind: r.kind!, share: Math.round(r.share * 100) } },
    repaired: r.restored > 0,
  };
}
