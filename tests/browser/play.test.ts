import { describe, expect, it } from 'vitest';
import { playToEnd, press, screenshot, STORY_LINES, storyAnswered, tabTo, useGame } from './browser.ts';

const game = useGame();

const openPage = game.open;

describe('playing a scenario in Chromium', () => {
  it('lists every story in the start menu with title and summary', async () => {
    const { page, errors } = await openPage();
    await page.goto(game.base());
    const cards = page.locator('.card');
    await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.locator('.card h3', { hasText: 'Lost face' }).count()).toBe(1);
    // A static server has no live rooms: the menu does not offer them.
    expect(await page.locator('.live-link').first().isHidden()).toBe(true);
    await screenshot(page, 'menu-1366x768');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("paints a deep link's first lines and choices before inkjs loads, and answers a press made at once", async () => {
    const { page, errors } = await openPage();
    // Delay the engine chunk (inkjs, the model, the session): the opening must not wait for it.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const asked: string[] = [];
    await page.route(/\/assets\/(engine|session)-[\w-]+\.js$/, async (route) => {
      asked.push(route.request().url());
      await held;
      await route.continue();
    });
    await page.goto(`${game.base()}?story=lost-face`);
    const first = page.locator('.choices button').first();
    await first.waitFor();
    expect(await page.locator('.transcript .line').count()).toBeGreaterThan(2);
    expect(await page.locator('.meter-group').count()).toBeGreaterThan(0);
    const lines = await page.locator(STORY_LINES).count();
    const firstChoice = await page.locator('.choices button .choice-text').first().textContent();
    await page.keyboard.press('1'); // pressed while the engine is still on its way
    await page.waitForTimeout(300);
    // The answer shows at once, marked as waiting for the story; the story has not moved.
    expect(await page.locator('.transcript .line[data-pending]').count()).toBe(1);
    expect(await page.locator(STORY_LINES).count()).toBe(lines);
    await page.keyboard.press('2'); // a second press while the first waits takes nothing
    release();
    await expect.poll(() => page.locator(STORY_LINES).count()).toBeGreaterThan(lines);
    expect(asked.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.line-you').count()).toBe(1); // taken once, not twice
    expect(await page.locator('.line-you .text').textContent()).toBe(firstChoice); // the first press's
    expect(await page.locator('.transcript .line[data-pending]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the drawn stage for "Play again", and the new run starts on it with its first scene', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${game.base()}?story=south-of-london`);
    await page.locator('.stage canvas').waitFor({ timeout: 20_000 });
    // The canvas comes at once; the people once their art is drawn (about 1 s here, more on a busy machine).
    await expect
      .poll(() => page.locator('.stage').getAttribute('data-people'), { timeout: 15_000 })
      .toBeTruthy();
    const firstPlace = await page.locator('.stage').getAttribute('data-place');
    await playToEnd(page);
    const canvas = await page.locator('.stage canvas').elementHandle();
    await page.getByRole('button', { name: 'Play again' }).click();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(await page.locator('.line-you').count()).toBe(0); // a new run, from the top
    // The same canvas (Phaser did not boot again), showing the first scene's card and place.
    expect(await page.evaluate((c) => c === document.querySelector('.stage canvas'), canvas)).toBe(true);
    await expect
      .poll(() => page.locator('.stage').getAttribute('data-place'), { timeout: 5_000 })
      .toBe(firstPlace);
    await expect
      .poll(() => page.locator('.stage').getAttribute('data-transition'), { timeout: 5_000 })
      .toBeTruthy();
    expect(await page.locator('.stage canvas').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('plays "Lost face" to an ending with the keyboard only', async () => {
    const { page, errors } = await openPage();
    await page.goto(game.base());
    await tabTo(page, 'button[data-story="lost-face"]');
    await page.keyboard.press('Enter');

    // The first line and the choices are page text, before (and without waiting for) the stage.
    const group = page.getByRole('group', { name: 'Choices' });
    await group.waitFor();
    await expect.poll(() => page.locator('.transcript .line').count()).toBeGreaterThan(0);
    expect(await page.locator('.transcript').getAttribute('aria-live')).toBe('polite');
    // The stage joins: a canvas appears in the stage host.
    await page.locator('.stage canvas').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(700);
    await screenshot(page, 'lost-face-dialogue-1366x768');

    let steps = 0;
    while (!(await page.locator('#ending-title').isVisible())) {
      const buttons = group.getByRole('button');
      expect(await buttons.count()).toBeGreaterThan(0);
      const before = await page.locator(STORY_LINES).count();
      if (steps % 2 === 0) {
        await page.keyboard.press('1'); // number-key shortcut
      } else {
        await tabTo(page, '.choices button'); // Tab to a choice, Enter to take it
        await page.keyboard.press('Enter');
      }
      await storyAnswered(page, before);
      steps++;
      expect(steps).toBeLessThan(80);
    }
    expect(steps).toBeGreaterThanOrEqual(3);
    const title = await page.locator('#ending-title').textContent();
    expect(title?.trim().length).toBeGreaterThan(0);
    // The title answers the press in its frame; the learning points follow a frame later.
    await expect.poll(() => page.locator('.learning li').count()).toBeGreaterThanOrEqual(1);
    await page.waitForTimeout(500);
    await screenshot(page, 'lost-face-ending-1366x768');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows meters with accessible names and numbers that move after choices', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${game.base()}?story=lost-face`);
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    const trust = page.locator('[role="meter"][aria-label^="Trust — "]').first();
    await trust.waitFor();
    const start = Number(await trust.getAttribute('aria-valuenow'));
    expect(start).toBeGreaterThanOrEqual(0);
    expect(start).toBeLessThanOrEqual(100);
    expect(await trust.locator('.meter-value').textContent()).toBe(String(start));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('takes one choice for presses made while a step runs: a key twice, then a click on a marked choice', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${game.base()}?story=lost-face`);
    await page.locator('.choices button').first().waitFor();
    await press(page, 0); // the session is there now: the next press is taken in the page
    const said = await page.locator('.line-you').count();
    const first = await page.locator('.choices button .choice-text').first().textContent();
    const before = await page.locator(STORY_LINES).count();
    // All in one task, before the step can run: "1", "2" at once, and a click on the second choice.
    const marked = await page.evaluate(() => {
      const key = (k: string) =>
        window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
      key('1');
      key('2');
      document.querySelectorAll<HTMLButtonElement>('.choices button')[1]!.click();
      return [...document.querySelectorAll('.choices button')].map(
        (b) => `${b.getAttribute('aria-disabled')} ${b.classList.contains('picked')}`,
      );
    });
    expect(marked[0]).toBe('true true');
    expect(marked.slice(1).every((m) => m === 'true false')).toBe(true);
    await storyAnswered(page, before);
    await page.waitForTimeout(300); // time for a wrongly taken second choice to show
    expect(await page.locator('.line-you').count()).toBe(said + 1);
    expect(await page.locator('.line-you .text').last().textContent()).toBe(first);
    expect(await page.locator('.transcript .line[data-pending]').count()).toBe(0);
    // The keyboard stays in the flow: the first new choice has the focus.
    expect(
      await page.evaluate(() => document.activeElement?.matches('.choices button[data-index="0"]')),
    ).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('explains an unknown scenario instead of showing a blank page', async () => {
    const { page } = await openPage();
    await page.goto(`${game.base()}?story=no-such-story`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/does not exist/);
    await page.context().close();
  });

  it("says so in the stage's frame when Phaser cannot load, and the conversation goes on", async () => {
    const { page, errors } = await openPage();
    // A connection that drops before the game is cached: the stage's chunks never arrive.
    await page.route(/\/assets\/(phaser|stage)-[\w-]+\.js$/, (route) => route.abort('connectionfailed'));
    await page.goto(`${game.base()}?story=lost-face`);
    const stage = page.locator('.stage');
    await expect.poll(() => stage.getAttribute('class'), { timeout: 15_000 }).toContain('stage-missing');
    expect(await stage.textContent()).toMatch(/could not load.*conversation goes on.*reload/i);
    expect(await stage.getAttribute('aria-label')).toMatch(/could not load/);
    expect(await page.locator('.stage canvas').count()).toBe(0);
    const lines = await page.locator(STORY_LINES).count();
    await page.keyboard.press('1');
    await expect.poll(() => page.locator(STORY_LINES).count()).toBeGreaterThan(lines);
    await screenshot(page, 'stage-missing-1366x768');
    // The only errors are the refused chunks themselves (the request, and Chromium's line about it).
    const refused =
      /requestfailed: .*\/assets\/(phaser|stage)-|Failed to load resource: net::ERR_CONNECTION_FAILED/;
    expect(errors.filter((e) => !refused.test(e))).toEqual([]);
    expect(errors.length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('fits a phone in portrait (360×640): choices visible, no horizontal scroll', async () => {
    const { page, errors } = await openPage(360, 640);
    await page.goto(`${game.base()}?story=lost-face`);
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await page.locator('.stage canvas').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'lost-face-dialogue-360x640');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the stage follows the relationship', () => {
  it('draws the counterpart with the expression the model gives', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${game.base()}?story=lost-face`);
    const stage = page.locator('.stage');
    await page.locator('.stage canvas').waitFor({ timeout: 20_000 });
    await expect
      .poll(() => stage.getAttribute('data-people'), { timeout: 15_000 })
      .toMatch(/\w+:(neutral|pleased|uneasy|closed)/);
    // Whatever the story's first speaker shows, the page's text alternative says the same.
    const people = (await stage.getAttribute('data-people'))!;
    expect(people.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
