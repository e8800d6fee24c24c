/**
 * The stage's pictures drawn at build time (issue #22, and #17's "a package holds its module"):
 *
 * - `places/<id>-back.svg` and `places/<id>-front.svg` for every drawn place and the neutral room
 *   (the layers behind and in front of the people), which the stage loads by URL instead of
 *   carrying every place's drawing code; an LMS package gets only the places its stories name;
 * - `cards/<story>.svg`, each scenario's first scene (its place and the first counterpart who
 *   speaks) for its card on the menu;
 * - `virtual:rapport-places`, the places each story names in order (the stage prefetches the next
 *   ones), and `virtual:rapport-cards`, each card's file and what it shows (its text alternative).
 *
 * The art is the stage's own code (src/views/stage/: pure SVG string building, no DOM, no Phaser);
 * the dev server draws the same files on request, from the current code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { ART, placeArt } from '../src/views/stage/places/art.ts';
import { placeFile, placeInfo } from '../src/views/stage/places/index.ts';
import { callTiles, roomSlots, tileSlot } from '../src/views/stage/layout.ts';
import { lookOf } from '../src/views/stage/casting.ts';
import { FACES } from '../src/views/stage/look.ts';
import { BUST_H, BUST_W, personSvg } from '../src/views/stage/portrait.ts';

export interface StageArtOptions {
  /** Only these stories (ids): their places and cards (an LMS package). Default: every story. */
  only?: readonly string[];
  /** Where the stories are (default: stories/ under the root). */
  storiesDir?: string;
}

/** What a story's first scene shows, for its menu card. */
export interface FirstScene {
  place: string | null;
  /** The first counterpart who speaks: id and name. */
  person: { id: string; name: string } | null;
}

/** A story's ink and the files it includes, in reading order. */
function inkTexts(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file) || !existsSync(file)) return [];
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const out = [text];
  for (const m of text.matchAll(/^\s*INCLUDE\s+(.+?)\s*$/gm))
    out.push(...inkTexts(resolve(dirname(file), m[1]!), seen));
  return out;
}

/** The places a story names (`# place:`), in the order it first names them. */
export function storyPlaces(file: string): string[] {
  const places: string[] = [];
  for (const text of inkTexts(file))
    for (const m of text.matchAll(/#\s*place\s*:\s*([\w-]+)/g))
      if (!places.includes(m[1]!)) places.push(m[1]!);
  return places;
}

/**
 * The story's first scene with a counterpart in it: the first declared counterpart who speaks, and
 * the place in effect at that line (a story that opens with the learner alone — a hotel room the
 * night before — is pictured where the first person is met). With nobody speaking, the first place.
 */
export function firstScene(file: string): FirstScene {
  const text = inkTexts(file).join('\n');
  const names = new Map<string, string>();
  for (const m of text.matchAll(/counterpart\(\s*"([^"]+)"\s*,\s*"([^"]+)"/g)) names.set(m[1]!, m[2]!);
  let first: string | null = null;
  let place: string | null = null;
  for (const m of text.matchAll(/#\s*(place|speaker)\s*:\s*([\w-]+)/g)) {
    if (m[1] === 'place') {
      place = m[2]!;
      first ??= place;
      continue;
    }
    const name = names.get(m[2]!);
    // A speaker's tag may come before the line's place tag: the place of the same line counts.
    const line = text.slice(m.index, text.indexOf('\n', m.index) >>> 0);
    const here = /#\s*place\s*:\s*([\w-]+)/.exec(line)?.[1] ?? place;
    // A line read from a message, or said on the phone, puts nobody in the room.
    if (name && !/#\s*(via|remote)\s*:/.test(line))
      return { place: here ?? first, person: { id: m[2]!, name } };
  }
  return { place: first, person: null };
}

/** Ids in one SVG document made unique (`p1-…`), so several can sit in one file. */
function scoped(svg: string, prefix: string): string {
  return svg
    .replace(/\bid="([^"]+)"/g, `id="${prefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}-$1"`);
}

/** An SVG document placed at x, y with the given size inside another. */
function nested(svg: string, prefix: string, x: number, y: number, w: number, h: number): string {
  return scoped(svg, prefix).replace(
    /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="[\d.]+" height="[\d.]+"/,
    `<svg x="${x}" y="${y}" width="${w}" height="${h}"`,
  );
}

/** A scenario's card picture: its first place with the first counterpart, as the stage draws them. */
export function cardSvg(scene: FirstScene): string {
  const info = placeInfo(scene.place);
  // A video call's art has a tile for each person in it; the person is drawn in the tile.
  const art = placeArt(scene.place, info.call && scene.person ? [scene.person.id] : []);
  const parts = [nested(art.back, 'b', 0, 0, 1280, 720)];
  if (scene.person) {
    const slot = info.call ? tileSlot(callTiles(1)[0]!) : roomSlots(1, info.standing)[0]!;
    const w = BUST_W * slot.scale;
    const h = BUST_H * slot.scale;
    parts.push(
      nested(personSvg(lookOf(scene.person.id), FACES.neutral), 'p', slot.x - w / 2, slot.y - h, w, h),
    );
  }
  parts.push(nested(art.front, 'f', 0, 0, 1280, 720));
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 1280 720">' +
    parts.join('') +
    '</svg>'
  );
}

export function stageArtPlugin(options: StageArtOptions = {}): Plugin {
  let root = process.cwd();
  const dir = () => resolve(root, options.storiesDir ?? 'stories');
  const stories = (): string[] => {
    const all = existsSync(dir())
      ? readdirSync(dir())
          .filter((f) => f.endsWith('.ink'))
          .map((f) => f.slice(0, -4))
          .sort()
      : [];
    return options.only ? all.filter((id) => options.only!.includes(id)) : all;
  };
  const storyFile = (id: string) => join(dir(), `${id}.ink`);
  /** Every place these stories name that has art of its own, and the neutral room always. */
  const places = (ids: readonly string[]) => {
    const used = new Set(ids.flatMap((id) => storyPlaces(storyFile(id))));
    return Object.keys(ART).filter((p) => p === 'neutral' || (options.only ? used.has(p) : true));
  };
  const cards = (ids: readonly string[]) =>
    Object.fromEntries(
      ids.map((id) => {
        const scene = firstScene(storyFile(id));
        return [
          id,
          {
            file: `cards/${id}.svg`,
            place: placeInfo(scene.place).name,
            placeId: scene.place,
            person: scene.person?.name ?? null,
            personId: scene.person?.id ?? null,
          },
        ];
      }),
    );
  const virtual = {
    'virtual:rapport-places': () =>
      `export const STORY_PLACES = ${JSON.stringify(Object.fromEntries(stories().map((id) => [id, storyPlaces(storyFile(id))])))};`,
    'virtual:rapport-cards': () => `export const CARDS = ${JSON.stringify(cards(stories()))};`,
  } as const;
  type VirtualId = keyof typeof virtual;
  /** The files: path under the site → its SVG. */
  const file = (path: string): string | null => {
    const place = /^places\/([\w-]+)-(back|front)\.svg$/.exec(path);
    if (place && Object.hasOwn(ART, place[1]!) && (!options.only || places(stories()).includes(place[1]!)))
      return placeArt(place[1]!)[place[2] as 'back' | 'front'];
    const card = /^cards\/([\w-]+)\.svg$/.exec(path);
    if (card && stories().includes(card[1]!)) return cardSvg(firstScene(storyFile(card[1]!)));
    return null;
  };
  return {
    name: 'rapport-stage-art',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id in virtual ? `\0${id}` : null;
    },
    load(id) {
      return id.startsWith('\0virtual:rapport-') && id.slice(1) in virtual
        ? virtual[id.slice(1) as VirtualId]()
        : null;
    },
    configureServer(server: ViteDevServer) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!.replace(/^\/+/, '');
        const svg = /^(places|cards)\//.test(path) ? file(path) : null;
        if (svg === null) return next();
        res.setHeader('Content-Type', 'image/svg+xml');
        res.end(svg);
      });
    },
    generateBundle() {
      const ids = stories();
      for (const place of places(ids)) {
        const art = placeArt(place);
        for (const layer of ['back', 'front'] as const)
          this.emitFile({ type: 'asset', fileName: placeFile(place, layer), source: art[layer] });
      }
      for (const id of ids)
        this.emitFile({ type: 'asset', fileName: `cards/${id}.svg`, source: file(`cards/${id}.svg`)! });
    },
  };
}
