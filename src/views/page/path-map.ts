/**
 * The learner's path map in "My progress": the story's scenes, choices and endings, laid out at
 * build time (src/core/story-map.ts), drawn as an SVG from what the learner's record says was
 * found. A choice taken is a solid line with its words in its scene's box; a choice not yet taken
 * is a faint stub without its words (they would give the answers away — that a branch is there is
 * shown, not what it says); an ending found is named, one not yet found is a "?". No scores and no
 * best path: those are the debrief's.
 *
 * The picture is an image with a summary for screen readers, and beneath it "The map as a list":
 * every scene in order with the choices taken there, and the endings found and not found.
 */
import { MAP_DRAWING, type MapChoice, type MapScene, type StoryMap } from '../../core/story-map.ts';
import { language, t } from '../../l10n/index.ts';
import { h } from '../shared/dom.ts';

/** What the learner's record says was found (ScenarioRecord's `endingsFound`, `choiceSourcesFound`). */
export interface Found {
  endings: readonly string[];
  sources: readonly string[];
}

/** The map read against the record: what is reached, taken and found, and the counts. */
export interface MapProgress {
  /** Scenes (ids) the learner has been to. */
  reached: ReadonlySet<string>;
  taken: ReadonlySet<MapChoice>;
  /** Endings (ids such as `ending:partner`) found. */
  found: ReadonlySet<string>;
  endings: { found: number; of: number };
  choices: { taken: number; of: number };
}

export function mapProgress(map: StoryMap, record: Found): MapProgress {
  const sources = new Set(record.sources);
  const endingIds = new Set(record.endings);
  const found = new Set(map.endings.filter((e) => endingIds.has(e.ending)).map((e) => e.id));
  const taken = new Set<MapChoice>();
  const reached = new Set<string>();
  for (const s of map.scenes) {
    if (s.start) reached.add(s.id);
    for (const c of s.choices)
      // Taken: by its line id (records since ids), or by its place in the ink (older records).
      if ((c.lineId !== undefined && sources.has(c.lineId)) || sources.has(c.source)) {
        taken.add(c);
        reached.add(s.id);
        // A choice that leads to one place only took the learner there.
        if (c.leads.length === 1 && !c.leads[0]!.to.startsWith('ending:')) reached.add(c.leads[0]!.to);
      }
  }
  const all = map.scenes.flatMap((s) => s.choices);
  return {
    reached,
    taken,
    found,
    endings: { found: found.size, of: map.endings.length },
    choices: { taken: taken.size, of: all.length },
  };
}

/** "You have found 2 of 3 endings and taken 14 of 31 choices." */
export function progressSentence(p: MapProgress): string {
  return t('map.progress', {
    found: p.endings.found,
    endings: p.endings.of,
    taken: p.choices.taken,
    choices: p.choices.of,
  });
}

/** The map, its summary and its text alternative. */
export function renderPathMap(
  story: { id: string; title: string },
  map: StoryMap,
  record: Found,
): HTMLElement[] {
  const progress = mapProgress(map, record);
  const sentence = progressSentence(progress);
  return [
    h('p', { class: 'path-map-summary' }, sentence),
    h(
      'div',
      {
        class: 'path-map-frame',
        // It scrolls when the map is taller than the frame: the keyboard can scroll it too.
        tabindex: 0,
        role: 'group',
        'aria-label': t('map.scrolls', { title: story.title }),
      },
      drawMap(story, map, progress, sentence),
    ),
    mapAsList(map, progress),
  ];
}

const SVG_NS = 'http://www.w3.org/2000/svg';
type SvgAttrs = Record<string, string | number>;

/** An SVG element (the page's `h` makes HTML ones). */
function s(tag: string, attrs: SvgAttrs = {}, ...children: (SVGElement | string | null)[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) if (c !== null) el.append(c);
  return el;
}

const title = (text: string) => s('title', {}, text);

const { pad: PAD, size: SIZE, marker: MARKER } = MAP_DRAWING;
const STUB = 16;

function drawMap(
  story: { id: string; title: string },
  map: StoryMap,
  p: MapProgress,
  sentence: string,
): SVGElement {
  const arrowId = `path-map-arrow-${story.id}`;
  const svg = s('svg', {
    class: 'path-map-svg',
    viewBox: `0 0 ${map.width} ${map.height}`,
    width: map.width,
    height: map.height,
    role: 'img',
    'aria-label': t('map.label', { title: story.title, sentence }),
  });
  svg.style.maxWidth = `${map.width * 1.25}px`;
  svg.append(
    s(
      'defs',
      {},
      s(
        'marker',
        {
          id: arrowId,
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          markerUnits: 'userSpaceOnUse',
          markerWidth: 10,
          markerHeight: 10,
          orient: 'auto-start-reverse',
        },
        s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'taken-arrow' }),
      ),
    ),
  );
  const arrow = `url(#${arrowId})`;
  const reachedTo = (to: string) => (to.startsWith('ending:') ? p.found.has(to) : p.reached.has(to));
  // The lines under the boxes: stubs first, the choices taken over them.
  const lines = s('g', { class: 'lines' });
  const takenLines = s('g', { class: 'lines-taken' });
  for (const scene of map.scenes)
    for (const c of scene.choices) {
      const { x, y } = c.port;
      if (!p.taken.has(c)) {
        lines.append(
          s(
            'g',
            { class: 'stub' },
            s('path', { d: `M${x},${y} L${x},${y + STUB}` }),
            s('circle', { cx: x, cy: y + STUB + 3, r: 3 }),
          ),
        );
        continue;
      }
      const to = c.leads.filter((l) => reachedTo(l.to));
      // Taken, but where it led is not in the record (left half-way, or it depends on the relationship).
      if (to.length === 0)
        takenLines.append(
          s('path', { class: 'taken-line', d: `M${x},${y} L${x},${y + STUB + 4}`, 'marker-end': arrow }),
        );
      for (const l of to) takenLines.append(s('path', { class: 'taken-line', d: l.d, 'marker-end': arrow }));
    }
  svg.append(lines, takenLines);
  for (const scene of map.scenes) svg.append(sceneBox(scene, p));
  for (const e of map.endings) {
    const found = p.found.has(e.id);
    const k = 10; // notched corners mark an ending
    const { x, y, width: w, height: hh } = e;
    const shape = s('path', {
      d: `M${x + k},${y} L${x + w - k},${y} L${x + w},${y + k} L${x + w},${y + hh - k} L${x + w - k},${y + hh} L${x + k},${y + hh} L${x},${y + hh - k} L${x},${y + k} z`,
    });
    const cx = x + w / 2;
    const words = found
      ? e.lines.map((line, i) =>
          s(
            'text',
            {
              x: cx,
              y: y + hh / 2 + (i - (e.lines.length - 1) / 2) * (SIZE.ending + 4) + SIZE.ending / 3,
              'text-anchor': 'middle',
              'font-size': SIZE.ending,
              'font-weight': 'bold',
            },
            line,
          ),
        )
      : [
          s(
            'text',
            { x: cx, y: y + hh / 2 + 8, 'text-anchor': 'middle', 'font-size': 22, 'font-weight': 'bold' },
            '?',
          ),
        ];
    svg.append(
      s(
        'g',
        { class: found ? 'ending found' : 'ending' },
        title(found ? t('map.endingFound', { title: e.title }) : t('map.endingNotFound')),
        shape,
        ...words,
      ),
    );
  }
  return svg;
}

function sceneBox(scene: MapScene, p: MapProgress): SVGElement {
  const reached = p.reached.has(scene.id);
  const { x, y, width, height } = scene;
  const g = s('g', { class: reached ? 'scene reached' : 'scene' });
  const said = scene.said
    ? scene.said.speaker
      ? t('map.said', { speaker: scene.said.speaker, text: scene.said.text })
      : scene.said.text
    : '';
  const start = scene.start ? 'yes' : 'no';
  g.append(
    title(
      reached
        ? said
          ? t('map.sceneSaid', { n: scene.n, start, said })
          : t('map.scene', { n: scene.n, start })
        : t('map.sceneNotReached', { n: scene.n, start }),
    ),
    s('rect', { x, y, width, height, rx: 8 }),
    s(
      'text',
      { x: x + PAD, y: scene.titleY, 'font-size': SIZE.title, 'font-weight': 'bold', class: 'scene-title' },
      t('map.sceneBox', { n: scene.n, start }),
    ),
  );
  const saidLines = reached ? scene.saidLines : [t('map.notReached')];
  saidLines.forEach((line, i) =>
    g.append(
      s(
        'text',
        { x: x + PAD, y: scene.titleY + (i + 1) * (SIZE.said + 4), 'font-size': SIZE.said, class: 'said' },
        line,
      ),
    ),
  );
  for (const c of scene.choices) {
    const taken = p.taken.has(c);
    // A row not taken shows one line in the room for its words: in the middle of it.
    const shift = taken ? 0 : ((Math.max(1, c.lines.length) - 1) * (SIZE.row + 4)) / 2;
    const rowY = c.rowY + shift;
    const mx = x + PAD + MARKER.r;
    const my = rowY - SIZE.row * 0.35;
    const row = s(
      'g',
      { class: taken ? 'option taken' : 'option' },
      s('circle', { cx: mx, cy: my, r: MARKER.r }),
    );
    if (taken) {
      row.prepend(title(t('map.youChose', { text: c.text })));
      c.lines.forEach((line, k) =>
        row.append(
          s(
            'text',
            { x: x + PAD + MARKER.indent, y: c.rowY + k * (SIZE.row + 4), 'font-size': SIZE.row },
            line,
          ),
        ),
      );
    } else
      row.append(
        s(
          'text',
          {
            x: x + PAD + MARKER.indent,
            y: rowY,
            'font-size': SIZE.row,
            'font-style': 'italic',
            class: 'untaken',
          },
          t('map.notTaken'),
        ),
      );
    g.append(row);
  }
  return g;
}

/** The same map in words, in reading order, for a keyboard, a screen reader or a printout. */
function mapAsList(map: StoryMap, p: MapProgress): HTMLElement {
  const where = (to: string) => {
    if (to.startsWith('ending:')) {
      const e = map.endings.find((x) => x.id === to);
      return p.found.has(to) && e ? t('map.toEnding', { title: e.title }) : null;
    }
    const n = map.scenes.find((x) => x.id === to)?.n;
    return p.reached.has(to) && n ? t('map.toScene', { n }) : null;
  };
  const scenes = map.scenes.map((scene) => {
    const reached = p.reached.has(scene.id);
    const options = scene.choices.length;
    const heading = h('strong', {}, t('map.scene', { n: scene.n, start: scene.start ? 'yes' : 'no' }));
    if (!reached) return h('li', { class: 'not-reached' }, heading, t('map.list.notReached', { n: options }));
    const said = scene.said
      ? scene.said.speaker
        ? t('map.list.said', { speaker: scene.said.speaker, text: scene.said.text })
        : t('map.list.saidNarration', { text: scene.said.text })
      : '';
    const taken = scene.choices.filter((c) => p.taken.has(c));
    const left = scene.choices.length - taken.length;
    return h(
      'li',
      {},
      heading,
      said ? ` ${said}` : '',
      h(
        'ul',
        {},
        taken.map((c) => {
          const to = c.leads.map((l) => where(l.to)).filter((x): x is string => x !== null);
          return h(
            'li',
            {},
            to.length
              ? t('map.list.choseTo', {
                  text: c.text,
                  to: new Intl.ListFormat(language(), { type: 'disjunction' }).format(to),
                })
              : t('map.list.chose', { text: c.text }),
          );
        }),
        left
          ? h(
              'li',
              {},
              taken.length ? t('map.list.othersLeft', { n: left }) : t('map.list.noneTaken', { n: options }),
            )
          : null,
      ),
    );
  });
  const endings = map.endings.map((e) =>
    p.found.has(e.id)
      ? h('li', { class: 'found' }, t('map.list.found', { title: e.title }))
      : h('li', {}, t('map.endingNotFound')),
  );
  return h(
    'details',
    { class: 'path-map-list' },
    h('summary', {}, t('map.list')),
    h('h4', {}, t('map.list.scenes')),
    h('ol', { class: 'map-scenes' }, scenes),
    h('h4', {}, t('map.list.endings', { found: p.endings.found, total: p.endings.of })),
    h('ul', { class: 'map-endings' }, endings),
  );
}
