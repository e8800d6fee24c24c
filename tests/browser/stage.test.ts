/**
 * The stage in Chromium: screenshots at phone, laptop and projector sizes (a dialogue screen and a
 * transition card), the page layout around it, the expression each face shows against the model,
 * and the idle check — at rest the stage's loop sleeps and the main thread is nearly idle.
 *
 * Paths to each expression are found here, in Node, by playing the same stories headless with the
 * real session and model, so the test follows the stories as they are rewritten.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/core/session/session.ts';
import type { SessionView } from '../../src/core/session/types.ts';
import { compileInkFile } from '../../build/ink/compile.ts';
import { placeArt } from '../../src/views/stage/places/art.ts';
import { MOODS, type Mood } from '../../src/core/story/tags.ts';
import { press, screenshot, useGame, watchErrors } from './browser.ts';

const game = useGame();
const STORY = 'lost-face';
const SIZES = [
  { width: 360, height: 640 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

async function open(
  width: number,
  height: number,
  story = STORY,
  reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
) {
  const context = await game.browser().newContext({ viewport: { width, height }, reducedMotion });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${game.base()}?story=${story}`);
  await page.getByRole('group', { name: 'Choices' }).waitFor();
  await page.locator('.stage canvas').waitFor({ timeout: 20_000 });
  return { page, errors };
}

/** Wait until the stage has drawn, any transition card is gone and the loop has gone to sleep. */
async function atRest(page: Page): Promise<void> {
  await page.locator('.stage[data-place]').waitFor({ timeout: 20_000 });
  await page.locator('.stage:not([data-transition])').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(900);
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

async function box(page: Page, selector: string): Promise<Box> {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on the page`);
  return b;
}

/** The page around the stage: nothing overlaps, no choice is cut off, no sideways scrolling. */
async function checkLayout(page: Page, label: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const stage = await box(page, '.stage-frame');
  const dialogue = await box(page, '.dialogue');
  const transcript = await box(page, '.transcript-scroll');
  const choices = await box(page, '.choices');
  expect(overlap(stage, dialogue), `${label}: stage and dialogue`).toBe(false);
  expect(overlap(stage, choices), `${label}: stage and choices`).toBe(false);
  expect(overlap(transcript, choices), `${label}: conversation and choices`).toBe(false);
  expect(stage.x).toBeGreaterThanOrEqual(0);
  expect(stage.x + stage.width).toBeLessThanOrEqual(viewport.width);
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(sideways, `${label}: horizontal page scroll`).toBeLessThanOrEqual(0);
  const buttons = page.locator('.choices button.choice');
  const count = await buttons.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const button = buttons.nth(i);
    await button.scrollIntoViewIfNeeded();
    const b = (await button.boundingBox())!;
    expect(b.x, `${label}: choice ${i + 1} left edge`).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width, `${label}: choice ${i + 1} right edge`).toBeLessThanOrEqual(viewport.width);
    expect(b.y, `${label}: choice ${i + 1} reachable`).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height, `${label}: choice ${i + 1} reachable`).toBeLessThanOrEqual(viewport.height);
    const clipped = await button.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    expect(clipped, `${label}: choice ${i + 1} text cut off`).toBe(false);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

describe('the stage at phone, laptop and projector sizes', () => {
  for (const { width, height } of SIZES) {
    it(`shows a transition card and a dialogue screen at ${width}×${height}, with nothing overlapping`, async () => {
      const { page, errors } = await open(width, height);
      // The first scene opens with its card ("Shanghai — Monday, day 1").
      await page.locator('.stage[data-transition]').waitFor({ timeout: 20_000 });
      expect(await page.locator('.stage').getAttribute('data-transition')).toMatch(/\S/);
      // The page scrolls to the latest line; bring the stage into view for the picture.
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `stage-transition-${width}x${height}`);
      await atRest(page);
      expect(await page.locator('.stage').getAttribute('data-people')).toMatch(
        /^(\w+:(neutral|pleased|uneasy|closed) ?)*$/,
      );
      await screenshot(page, `stage-dialogue-${width}x${height}`);
      await checkLayout(page, `${width}×${height} first step`);
      await press(page, 0);
      await atRest(page);
      await checkLayout(page, `${width}×${height} second step`);
      await screenshot(page, `stage-dialogue-${width}x${height}-step2`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('wakes from sleep to follow a resize (laptop to phone)', async () => {
    const { page, errors } = await open(1366, 768);
    await atRest(page);
    await page.setViewportSize({ width: 360, height: 640 });
    const fits = () =>
      page.evaluate(() => {
        const host = document.querySelector('.stage')!.getBoundingClientRect();
        const canvas = document.querySelector('.stage canvas')!.getBoundingClientRect();
        return Math.abs(canvas.width - host.width) <= 2 && canvas.height <= host.height + 2;
      });
    await expect.poll(fits, { timeout: 5000 }).toBe(true);
    await page.waitForTimeout(800);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'stage-resized-to-360x640');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('with reduced motion, still shows the card, then takes it away without animating', async () => {
    // Every frame the page asks for, counted from before its own scripts run.
    const context = await game.browser().newContext({
      viewport: { width: 1366, height: 768 },
      reducedMotion: 'reduce',
    });
    await context.addInitScript(() => {
      const w = window as unknown as { frames: number };
      w.frames = 0;
      const ask = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) => (w.frames++, ask(callback));
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.base()}?story=${STORY}`);
    await page.locator('.stage[data-transition][data-place]').waitFor({ timeout: 20_000 });
    // While the card only waits on screen (2.6 s, nothing moving), the stage's loop sleeps: a
    // tween's delay kept it drawing the same picture 30 times a second (60 frames asked for).
    await page.waitForTimeout(400);
    const frames = () => page.evaluate(() => (window as unknown as { frames: number }).frames);
    const before = await frames();
    await page.waitForTimeout(1000);
    const during = (await frames()) - before;
    expect(await page.locator('.stage').getAttribute('data-transition')).toBeTruthy();
    expect(during).toBeLessThan(10);
    await page.locator('.stage:not([data-transition])').waitFor({ timeout: 10_000 });
    expect(await page.locator('.stage').getAttribute('data-place')).toBeTruthy();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

interface MoodPath {
  story: string;
  path: number[];
  id: string;
  name: string;
  /** The counterpart speaks the step's last line in this mood, so the page's text alternative names it too. */
  last: boolean;
}

/**
 * What the faces of those who speak in the latest step (the lines since the last choice) must
 * show: the mood their own lines were tagged with, else the model's expression. Steps with a mood
 * on narration are left out — who that mood belongs to is the stage's own rule, unit-tested.
 */
function expectedFaces(view: SessionView): { id: string; name: string; mood: Mood; last: boolean }[] {
  const kinds = view.lines.map((l) => l.kind);
  let step = view.lines.slice(kinds.lastIndexOf('choice') + 1);
  const tag = (l: (typeof step)[number], name: string) => l.tags.find((t) => t.name === name)?.value;
  if (step.some((l) => !l.speaker && tag(l, 'mood'))) return [];
  const sceneStart = step.findLastIndex((l) => tag(l, 'place') ?? tag(l, 'location') ?? tag(l, 'date'));
  step = step.slice(Math.max(0, sceneStart));
  return view.counterparts
    .filter((cp) => step.some((l) => l.speaker === cp.id))
    .map((cp) => {
      const tagged = step.filter((l) => l.speaker === cp.id && MOODS.includes(tag(l, 'mood') as Mood));
      const mood = (tagged.length ? tag(tagged.at(-1)!, 'mood') : cp.expression) as Mood;
      // The page describes the last line's speaker with that line's mood (else the model's).
      const described = view.speaker === cp.id && (view.mood ?? cp.expression) === mood;
      return { id: cp.id, name: cp.name, mood, last: described };
    });
}

/** Short paths (a greedy and seeded random play-throughs) on which a counterpart shows each mood. */
function findMoodPaths(): Map<Mood, MoodPath> {
  const dir = resolve(process.cwd(), 'stories');
  const stories = readdirSync(dir)
    .filter((f) => f.endsWith('.ink'))
    .map((f) => f.replace(/\.ink$/, ''))
    .sort((a, b) => (a === STORY ? -1 : b === STORY ? 1 : a.localeCompare(b)));
  const best = new Map<Mood, MoodPath>();
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (const story of stories) {
    const json = compileInkFile(resolve(dir, `${story}.ink`)).json;
    if (!json) continue;
    const note = (view: SessionView, path: number[]) => {
      for (const face of expectedFaces(view)) {
        const known = best.get(face.mood);
        const better =
          !known ||
          (face.last && !known.last) ||
          (face.last === known.last && path.length < known.path.length);
        if (better)
          best.set(face.mood, { story, path: [...path], id: face.id, name: face.name, last: face.last });
      }
    };
    const replay = (path: number[]) => {
      const session = new Session({ id: story, hash: 'stage-test', json });
      let view = session.current;
      for (const i of path) view = session.choose(i);
      return { session, view };
    };
    // One greedy play-through (the choice that raises Rapport + Trust most), then random ones.
    const warmth = (view: SessionView) => view.counterparts.reduce((sum, c) => sum + c.rapport + c.trust, 0);
    for (let walk = 0; walk < 30; walk++) {
      const path: number[] = [];
      let { session, view } = replay(path);
      for (let step = 0; step < 40; step++) {
        note(view, path);
        if (view.ended || view.choices.length === 0) break;
        const options = Math.min(9, view.choices.length);
        let i = Math.floor(random() * options);
        if (walk === 0) {
          const scored = Array.from({ length: options }, (_, k) => {
            const next = replay([...path, k]).view;
            note(next, [...path, k]);
            return warmth(next);
          });
          i = scored.indexOf(Math.max(...scored));
          ({ session } = replay(path));
        }
        path.push(i);
        view = session.choose(i);
      }
    }
    if (MOODS.every((m) => best.has(m))) break;
  }
  return best;
}

describe('the art as drawn', () => {
  // The stage rasterises each SVG into a bitmap before uploading it, and WebGL leaves a bitmap's
  // orientation and alpha as they are: a wrong flag shows the room upside down or with dark
  // fringes, and no layout check would notice. Compared here with the same SVG drawn by the page.
  it('shows the place the right way up, as its SVG draws it', async () => {
    const { page, errors } = await open(1366, 768);
    await atRest(page);
    const place = await page.locator('.stage').getAttribute('data-place');
    const art = placeArt(place || null);
    const shot = (await page.locator('.stage canvas').screenshot()).toString('base64');
    const diff = await page.evaluate(
      async ({ shot, back, front }) => {
        const load = async (src: string) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          return img;
        };
        const svg = (text: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
        const [stage, b, f] = await Promise.all([
          load(`data:image/png;base64,${shot}`),
          load(svg(back)),
          load(svg(front)),
        ]);
        const { width, height } = stage;
        const pixels = (draw: (ctx: CanvasRenderingContext2D) => void) => {
          const c = document.createElement('canvas');
          c.width = width;
          c.height = height;
          const ctx = c.getContext('2d')!;
          draw(ctx);
          return ctx.getImageData(0, 0, width, height).data;
        };
        const shown = pixels((ctx) => ctx.drawImage(stage, 0, 0));
        const reference = (flip: boolean) =>
          pixels((ctx) => {
            if (flip) ctx.setTransform(1, 0, 0, -1, 0, height);
            ctx.drawImage(b, 0, 0, width, height);
            ctx.drawImage(f, 0, 0, width, height);
          });
        // Mean difference per colour channel (0–255) over the top third, where the room has no
        // people or name plates in front of it.
        const mean = (ref: Uint8ClampedArray) => {
          const end = Math.floor(height / 3) * width * 4;
          let sum = 0;
          for (let i = 0; i < end; i += 4)
            for (let k = 0; k < 3; k++) sum += Math.abs(ref[i + k]! - shown[i + k]!);
          return sum / ((end / 4) * 3);
        };
        return { upright: mean(reference(false)), flipped: mean(reference(true)) };
      },
      { shot, back: art.back, front: art.front },
    );
    console.log(
      `[stage] art vs its SVG: ${diff.upright.toFixed(1)} upright, ${diff.flipped.toFixed(1)} flipped`,
    );
    expect(diff.upright).toBeLessThan(diff.flipped / 4);
    expect(diff.upright).toBeLessThan(12);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('input while the stage boots', () => {
  // The first line and its choices come before Phaser has loaded, so a learner can press keys
  // while the stage is still booting; each press asks the stage to skip its next frame. A
  // harmless key is sent the moment the Phaser game exists (before its scene has booted: a
  // mutation observer runs right after the script that made it), then every few milliseconds
  // until the stage has drawn.
  it('takes key presses before and during its boot without an error', async () => {
    const context = await game.browser().newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      const send = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
      const observer = new MutationObserver(() => {
        if (!document.querySelector('.stage.stage-ready')) return;
        observer.disconnect();
        send();
        const timer = setInterval(() => {
          send();
          if (document.querySelector('.stage[data-place]')) clearInterval(timer);
        }, 2);
      });
      observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
    });
    await page.goto(`${game.base()}?story=${STORY}`);
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await atRest(page);
    await press(page, 0);
    expect(await page.locator('.problem').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('faces follow the relationship model', () => {
  const paths = findMoodPaths();

  it('the stories reach every expression on a speaking counterpart', () => {
    expect([...paths.keys()].sort()).toEqual([...MOODS].sort());
  });

  for (const mood of MOODS) {
    it(`shows ${mood} when the model (or the line) says so, and the page says the same`, async () => {
      const target = paths.get(mood);
      expect(target, `no play-through reaches ${mood}`).toBeDefined();
      const { story, path, id, name, last } = target!;
      const { page, errors } = await open(1366, 768, story);
      for (const i of path) await press(page, i);
      const stage = page.locator('.stage');
      // Wait for the face and, when they spoke last, for them to be the speaker: the step before
      // may already show the same face, so the face alone does not say the last press has landed.
      await expect
        .poll(
          async () =>
            `${await stage.getAttribute('data-people')} / ${last ? await stage.getAttribute('data-speaker') : id}`,
          { timeout: 15_000 },
        )
        .toMatch(new RegExp(`(^|\\s)${id}:${mood}(\\s.*)? / ${id}$`));
      // The page's text alternative describes the same face, whether or not they spoke last.
      const label = (await stage.getAttribute('aria-label')) ?? '';
      const face = mood === 'closed' ? 'closed-off' : mood;
      if (last) {
        expect(await stage.getAttribute('data-speaker')).toBe(id);
        expect(label).toContain(`${name} is speaking`);
      }
      if (mood === 'neutral') expect(label).not.toMatch(new RegExp(`${name}( is speaking and)? looks`));
      else expect(label).toMatch(new RegExp(`${name}( is speaking and)? looks ${face}`));
      await atRest(page);
      await stage.screenshot({
        path: resolve(process.cwd(), 'test-results', `stage-expression-${mood}.png`),
      });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('who is there', () => {
  /** Open a story at a knot, press the given options, and wait for the stage to rest. */
  async function at(story: string, knot: string, presses: number[] = []) {
    const context = await game.browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.base()}?story=${story}&at=${knot}`);
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    for (const i of presses) await press(page, i);
    await atRest(page);
    return { page, errors, stage: page.locator('.stage') };
  }

  it('puts the VP on the phone in a card, not on the shop floor', async () => {
    const { page, errors, stage } = await at('south-of-london', 'completion');
    await expect.poll(() => stage.getAttribute('data-remote')).toBe('guest-denise-walker:neutral');
    expect(await stage.getAttribute('data-people')).toMatch(/^graham:\w+ guest-denise-walker:neutral$/);
    expect(await stage.getAttribute('data-speaker')).toBe('guest-denise-walker');
    expect(await stage.getAttribute('aria-label')).toContain('On the phone, Denise Walker is speaking.');
    await stage.screenshot({ path: resolve(process.cwd(), 'test-results', 'stage-remote.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads an email without putting its sender in the office', async () => {
    // "Lyon says yes": the CEO announces it, and Claire's email arrives in Vancouver.
    const { page, errors, stage } = await at('french-yes', 'the_oui', [0]);
    await expect.poll(() => stage.getAttribute('data-message'), { timeout: 15_000 }).toBe('email:claire');
    expect(await stage.getAttribute('data-people')).toBe('');
    expect(await stage.getAttribute('data-place')).toBe('office');
    expect(await stage.getAttribute('aria-label')).toContain('An email from Claire Vautrin');
    await stage.screenshot({ path: resolve(process.cwd(), 'test-results', 'stage-email.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the scene at once', () => {
  it('draws the place and everyone present soon after the canvas appears, and nobody else', async () => {
    const context = await game.browser().newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // When the canvas joins the page, and the frame after the stage reports the place and its people.
    await page.addInitScript(`
      window.__stage = { canvas: null, drawn: null, shots: [] };
      // The picture above the card's band, small: 64 × 24 colours.
      window.__shot = () => {
        const probe = document.createElement('canvas');
        probe.width = 64;
        probe.height = 24;
        const g = probe.getContext('2d');
        g.drawImage(document.querySelector('.stage canvas'), 0, 0, 1280, 480, 0, 0, 64, 24);
        return Array.from(g.getImageData(0, 0, 64, 24).data);
      };
      new MutationObserver(() => {
        const s = window.__stage;
        const host = document.querySelector('.stage');
        if (!host) return;
        if (s.canvas === null && host.querySelector('canvas')) s.canvas = performance.now();
        if (s.canvas !== null && s.drawn === null && host.dataset.place && host.dataset.people) {
          s.drawn = -1;
          requestAnimationFrame(() => setTimeout(() => {
            s.drawn = performance.now();
            // The picture every 80 ms for 0.9 s from then.
            const sample = () => {
              s.shots.push(window.__shot());
              if (s.shots.length < 12) setTimeout(sample, 80);
            };
            sample();
          }, 0));
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    `);
    // First visit to Tanabe Seiki: the lift opens and three people come in (# enter:).
    await page.goto(`${game.base()}?story=first-meeting&at=first_visit`);
    type Probe = { __stage: { canvas: number | null; drawn: number | null } };
    type Shots = { __stage: { shots: number[][] } };
    await page.waitForFunction(() => ((window as unknown as Probe).__stage.drawn ?? -1) > 0, undefined, {
      timeout: 30_000,
    });
    const { canvas, drawn } = await page.evaluate(() => (window as unknown as Probe).__stage);
    // A generous bound for a shared, loaded machine: the 300 ms target is npm run bench's (bench/STAGE.md).
    expect(drawn! - canvas!).toBeLessThan(3000);
    const stage = page.locator('.stage');
    expect(await stage.getAttribute('data-place')).toBe('reception');
    const ids = (await stage.getAttribute('data-people'))!.split(' ').map((p) => p.split(':')[0]);
    expect(ids.sort()).toEqual(['morita', 'okada', 'sakamoto']);
    expect(await stage.getAttribute('aria-label')).toMatch(/Kenji Okada.*Hiroshi Morita.*Yui Sakamoto/);
    // And they are on the canvas: the picture is not one flat colour (the card's band aside).
    const colours = await page.evaluate(() => {
      const probe = document.createElement('canvas');
      probe.width = 32;
      probe.height = 12;
      const g = probe.getContext('2d')!;
      g.drawImage(document.querySelector<HTMLCanvasElement>('.stage canvas')!, 0, 0, 1280, 480, 0, 0, 32, 12);
      const data = g.getImageData(0, 0, 32, 12).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4)
        seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return seen.size;
    });
    expect(colours).toBeGreaterThan(40);
    // Drawn whole: from the first frame that shows the scene, the people are there with the place,
    // not faded in after it (a fade's frames kept the stage's loop busy as the learner starts to
    // read). Sampled every 80 ms: once the picture is there, it does not change.
    await page.waitForFunction(() => (window as unknown as Shots).__stage.shots.length >= 12);
    const change = await page.evaluate(() => {
      const shots = (window as unknown as Shots).__stage.shots;
      const colours = (shot: number[]) => {
        const seen = new Set<number>();
        for (let i = 0; i < shot.length; i += 4)
          seen.add((shot[i]! << 16) | (shot[i + 1]! << 8) | shot[i + 2]!);
        return seen.size;
      };
      const from = shots.findIndex((shot) => colours(shot) > 40);
      let most = 0;
      for (let k = Math.max(from, 0) + 1; k < shots.length; k++) {
        let sum = 0;
        for (let i = 0; i < shots[k]!.length; i++)
          if (i % 4 !== 3) sum += Math.abs(shots[k]![i]! - shots[k - 1]![i]!);
        most = Math.max(most, sum / ((shots[k]!.length / 4) * 3));
      }
      return from < 0 ? -1 : most;
    });
    console.log(`[stage] largest change between samples once the scene shows: ${change.toFixed(2)}`);
    expect(change).toBeGreaterThanOrEqual(0); // the scene was on the canvas within 0.9 s
    expect(change).toBeLessThan(0.5); // a fade of the people: 2.2-2.5
    await stage.screenshot({ path: resolve(process.cwd(), 'test-results', 'stage-three-present.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('cheap at rest', () => {
  it('lets the main thread idle (≤ 10 % busy over 5 s) once nothing moves', async () => {
    const { page, errors } = await open(1366, 768);
    await atRest(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskSeconds = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    };
    const before = await taskSeconds();
    const start = Date.now();
    await page.waitForTimeout(5000);
    const busy = (await taskSeconds()) - before;
    const share = busy / ((Date.now() - start) / 1000);
    console.log(`[stage] main thread busy at rest: ${(share * 100).toFixed(1)} % over 5 s`);
    expect(share).toBeLessThanOrEqual(0.1);
    // Waking up: after a choice the sleeping stage draws again (and reports what it drew).
    await page.evaluate(() => {
      const w = window as unknown as { stageDraws: number };
      w.stageDraws = 0;
      new MutationObserver((records) => (w.stageDraws += records.length)).observe(
        document.querySelector('.stage')!,
        {
          attributeFilter: ['data-people'],
        },
      );
    });
    await press(page, 0);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { stageDraws: number }).stageDraws))
      .toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
