/**
 * The learner's story map laid out at build time (build/analysis/learner-map.ts), on the story
 * map's fixture: every scene, option and ending placed, inside a phone's width, nothing
 * overlapping, each option's line from its port to where it leads — and nothing of the author's
 * map that would give the answers away (scores, the best path, coach notes).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeStory, type StoryReport } from '../../../../build/analysis/analyzer.ts';
import { analyzeStoryCached } from '../../../../build/analysis/cache.ts';
import { compileInkFile } from '../../../../build/ink/compile.ts';
import { layOutLearnerMap, MAP_WIDTH } from '../../../../build/analysis/learner-map.ts';
import type { StoryMap } from '../../../../src/core/story-map.ts';

const fixture = resolve(__dirname, 'fixtures/story-map.ink');
let report: StoryReport | null = null;
const analysed = () => (report ??= analyzeStory(fixture, { graph: true }));
const laidOut = (): StoryMap => layOutLearnerMap(analysed().graph!)!;

const boxes = (m: StoryMap) => [...m.scenes, ...m.endings];
const overlap = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("the learner's map, laid out at build time", () => {
  it('places every scene and ending of the graph, in reading order, inside the width of a phone', () => {
    const m = laidOut();
    const g = analysed().graph!;
    expect(m.scenes.map((s) => s.id)).toEqual(g.nodes.filter((n) => n.kind === 'scene').map((n) => n.id));
    expect(m.scenes.map((s) => s.n)).toEqual([1, 2, 3, 4]);
    expect(m.scenes[0]!.start).toBe(true);
    expect(m.endings.map((e) => e.ending)).toEqual(['pilot', 'polite', 'lost']);
    expect(m.endings.map((e) => e.title)).toEqual([
      'A pilot signed',
      'Polite, and no more',
      'The door closes',
    ]);
    expect(m.width).toBeLessThanOrEqual(MAP_WIDTH);
    for (const b of boxes(m)) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(m.width);
      expect(b.y + b.height).toBeLessThanOrEqual(m.height);
    }
    const all = boxes(m);
    for (const [i, a] of all.entries()) for (const b of all.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    // The warm and the cold tour share a rank: their boxes are narrowed to fit side by side.
    const [, warm, cold] = m.scenes;
    expect(warm!.y).toBe(cold!.y);
    expect(warm!.width + cold!.width).toBeLessThan(MAP_WIDTH);
  });

  it("gives each scene a row per option, in the order offered, and a line from the option's port to where it leads", () => {
    const m = laidOut();
    const texts = m.scenes.map((s) => s.choices.map((c) => c.text));
    expect(texts).toEqual([
      ['Ask about the plant', 'Talk about your flight'],
      ['Ask how she got them', 'Say yours are better'],
      ['Ask for her numbers anyway', 'Leave before the end'],
      ['Propose a pilot', 'Thank her', 'Send the contract tonight'],
    ]);
    // Every choice source the analyzer lists is an option on the map (what the record keeps).
    expect(m.scenes.flatMap((s) => s.choices.map((c) => c.source)).sort()).toEqual(
      [...new Set(analysed().choices)].sort(),
    );
    const ids = new Set(boxes(m).map((b) => b.id));
    for (const s of m.scenes) {
      let below = s.titleY;
      for (const c of s.choices) {
        expect(c.rowY).toBeGreaterThan(below);
        below = c.rowY;
        expect(c.lines.length).toBeGreaterThanOrEqual(1);
        expect(c.port.y).toBe(Math.round((s.y + s.height) * 10) / 10);
        expect(c.port.x).toBeGreaterThan(s.x);
        expect(c.port.x).toBeLessThan(s.x + s.width);
        for (const l of c.leads) {
          expect(ids.has(l.to)).toBe(true);
          expect(l.d.startsWith(`M${c.port.x},${c.port.y}`)).toBe(true);
          const to = boxes(m).find((b) => b.id === l.to)!;
          const [, x, y] = l.d.match(/L(-?[\d.]+),(-?[\d.]+)$/)!.map(Number);
          expect(y).toBeCloseTo(to.y, 0);
          expect(x).toBeGreaterThanOrEqual(to.x);
          expect(x).toBeLessThanOrEqual(to.x + to.width);
        }
      }
      expect(s.y + s.height).toBeGreaterThan(below);
    }
    const leads = (s: number, c: number) => m.scenes[s]!.choices[c]!.leads.map((l) => l.to);
    expect(leads(0, 0)).toEqual(['s2']);
    expect(leads(0, 1)).toEqual(['s3']);
    expect(leads(2, 1)).toEqual(['ending:lost']);
    // Where thanking her leads depends on the relationship: a line to each.
    expect(leads(3, 1).sort()).toEqual(['ending:lost', 'ending:polite']);
  });

  it('keeps what the scene said, cut to fit, and nothing that gives the answers away', () => {
    const m = laidOut();
    expect(m.scenes[0]!.said).toEqual({ speaker: 'Kim', text: 'How was the trip?' });
    expect(m.scenes[0]!.saidLines).toEqual(['Kim: How was the trip?']);
    const json = JSON.stringify(m);
    for (const word of ['score', 'best', 'worst', 'coach', 'rapport', 'trust', 'Interest in her work'])
      expect(json.toLowerCase()).not.toContain(word.toLowerCase());
  });

  it("fits every story's map in a phone's width, and runs no line through a box it does not join", () => {
    const dir = resolve(__dirname, '../../../../stories');
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.ink'))) {
      const file = join(dir, f);
      // The build's own analysis (with the graph), from the cache when the build has made it.
      const m = layOutLearnerMap(
        analyzeStoryCached(file, compileInkFile(file).json!, { graph: true }).graph!,
      )!;
      expect(m.width, f).toBeLessThanOrEqual(MAP_WIDTH);
      const all = boxes(m);
      for (const [i, a] of all.entries())
        for (const b of all.slice(i + 1)) expect(overlap(a, b), f).toBe(false);
      for (const s of m.scenes)
        for (const c of s.choices)
          for (const l of c.leads) {
            // The curve stays within its control points: none of them inside another box.
            const points = l.d.match(/-?[\d.]+,-?[\d.]+/g)!.map((p) => p.split(',').map(Number));
            for (const b of all) {
              if (b.id === s.id || b.id === l.to) continue;
              const inside = points.some(
                ([x, y]) => x! > b.x + 1 && x! < b.x + b.width - 1 && y! > b.y + 1 && y! < b.y + b.height - 1,
              );
              expect(inside, `${f}: ${s.id} → ${l.to} through ${b.id}`).toBe(false);
            }
          }
    }
  }, 180_000);

  it('makes no map of a story that ends before its first choice', () => {
    expect(layOutLearnerMap({ start: null, nodes: [], edges: [], best: [], worst: [] })).toBeNull();
  });
});
