/**
 * How the story's people look, as content: `stories/looks.json` fixes a few broad traits per
 * character id (age, skin tone, hair, clothes, glasses) from the character notes in the ink, and the
 * stage hashes the rest from the id. This module is the vocabulary and its check — shared by the
 * stage (which draws what passes) and `npm run stories` (which names every mistake). Pure.
 */
import * as v from 'valibot';

export const AGES = ['young', 'middle', 'senior'] as const;
export const TONES = ['fair', 'light', 'tan', 'brown', 'deep'] as const;
export const HAIR_COLOURS = ['dark', 'light', 'grey'] as const;
export const HAIR_STYLES = [
  'crop',
  'side-part',
  'swept',
  'receding',
  'bald',
  'curly',
  'bob',
  'long',
  'bun',
  'ponytail',
] as const;
export const OUTFITS = ['suit-tie', 'suit-open', 'blazer-top', 'sweater', 'mandarin', 'turtleneck'] as const;
export const GLASSES = ['none', 'round', 'rect'] as const;
export const FACIAL_HAIR = ['none', 'moustache', 'beard', 'stubble'] as const;

export type Age = (typeof AGES)[number];
export type Tone = (typeof TONES)[number];
export type HairStyle = (typeof HAIR_STYLES)[number];
export type Outfit = (typeof OUTFITS)[number];
export type FacialHair = (typeof FACIAL_HAIR)[number];

const one = <T extends readonly string[]>(name: string, options: T) =>
  v.optional(v.picklist(options, `${name} must be one of ${options.join(', ')}`));

const CASTING = v.strictObject(
  {
    /** Who this is, from the story's character notes (for the reader of the file; not drawn). */
    note: v.optional(v.string('note must be text')),
    age: one('age', AGES),
    longHair: v.optional(v.boolean('longHair must be true or false')),
    tone: one('tone', TONES),
    /** Natural hair colour family; grey comes with age anyway. */
    hairColour: one('hairColour', HAIR_COLOURS),
    hairStyle: one('hairStyle', HAIR_STYLES),
    outfit: one('outfit', OUTFITS),
    glasses: one('glasses', GLASSES),
    facialHair: one('facialHair', FACIAL_HAIR),
  },
  (issue) =>
    `unknown trait "${String(issue.path?.at(-1)?.key ?? '')}" — known: note, age, longHair, tone, hairColour, hairStyle, outfit, glasses, facialHair`,
);

/** Broad traits fixed for a known character; the rest comes from the id's hash. */
export type Casting = Omit<v.InferOutput<typeof CASTING>, 'note'>;

export interface ParsedLooks {
  looks: Record<string, Casting>;
  /** One sentence per mistake, naming the character and the fix; those characters are left out. */
  problems: string[];
}

/** Read `stories/looks.json`: every valid character kept, every mistake named. */
export function parseLooks(raw: unknown, file = 'stories/looks.json'): ParsedLooks {
  const looks: Record<string, Casting> = {};
  const problems: string[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      looks,
      problems: [`${file}: must be an object of character ids, e.g. { "wang": { "age": "middle" } }`],
    };
  }
  for (const [id, entry] of Object.entries(raw as Record<string, unknown>)) {
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(id)) {
      problems.push(
        `${file}: "${id}" is not a character id (lower-case letters, digits, - and _, as in counterpart("${id.toLowerCase()}", …))`,
      );
      continue;
    }
    const r = v.safeParse(CASTING, entry);
    if (r.success) {
      const { note: _note, ...casting } = r.output;
      looks[id] = casting;
    } else problems.push(`${file}: "${id}": ${r.issues.map((i) => i.message).join('; ')}`);
  }
  return { looks, problems };
}
