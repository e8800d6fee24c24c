// @vitest-environment happy-dom
/**
 * The facilitator's guides (build/guide/, issue #18) on a fixture small enough to know every path:
 * tests/unit/build/guide/fixtures/good/guide.ink — two counterparts who want opposite things at
 * the first decision, a request in private or in public, three endings decided by Trust — with its
 * own sources.json, seed articles (fixtures/seeds/) and module. fixtures/bad/ cites an unknown file
 * and misquotes an article.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GuideError, makeGuide, makeGuides } from '../../../../build/guide/guides.ts';
import { readInkNotes } from '../../../../build/guide/ink-notes.ts';
import { ROOM_MINUTES } from '../../../../build/guide/scenario-data.ts';
import { checkSources, readSeedTexts, readSourceArticles } from '../../../../build/guide/source-check.ts';

const ROOT = resolve(__dirname, '../../../..');
const FIXTURES = resolve(__dirname, 'fixtures');
const GOOD = { root: ROOT, storiesDir: join(FIXTURES, 'good'), seedsDir: join(FIXTURES, 'seeds') };

let made: ReturnType<typeof makeGuides> | null = null;
const guides = () => (made ??= makeGuides(GOOD));

function page(file: string): Document {
  const html = guides().pages.find((p) => p.file === file)?.html;
  if (html === undefined) throw new Error(`no page ${file}`);
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** An element's words, whitespace collapsed. */
const words = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A table row's cells' words, a space between cells. */
const row = (tr: Element | null | undefined) => [...(tr?.children ?? [])].map(words).join(' ');

describe("a scenario's facilitator's guide", () => {
  it('writes one page per scenario and per module, with a language, a title and headings', () => {
    expect(
      guides()
        .pages.map((p) => p.file)
        .sort(),
    ).toEqual(['guide.html', 'module-fixture-module.html']);
    const doc = page('guide.html');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.title).toBe("Facilitator's guide: Guide fixture — Rapport");
    expect(words(doc.querySelector('h1'))).toBe('Guide fixture');
    expect([...doc.querySelectorAll('h2')].map(words)).toEqual([
      'Contents',
      'Learning objectives',
      'Running time',
      'The roles and the situation',
      'Decision points',
      'Discussion prompts',
      'Endings and what earns them',
      'Handout: the source passages',
    ]);
    // Its own stylesheet, and no script at all.
    expect(doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('guide.css');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });

  it("lists the module's objectives for the scenario and the endings' learning points", () => {
    const doc = page('guide.html');
    const text = words(doc.querySelector('#objectives'));
    expect(text).toContain('Make a request without costing face (module: A module of one)');
    expect(text).toContain('Give a direct engineer the numbers');
    // Each learning point once, with the article it comes from.
    expect(text.match(/Goodwill built early clears small conflicts later\./g)).toHaveLength(1);
    expect(text).toContain('A request made in public costs face. (Alpha article)');
    expect(text).toContain("Numbers straight earn a direct engineer's trust. (Beta article)");
  });

  it('estimates the running time from the path length and says how', () => {
    const text = words(page('guide.html').querySelector('#time'));
    // Two decisions on every path, one prompt, the debrief: 2 × 2 + 5 + 10 = 19 → 20.
    const sum = 2 * ROOM_MINUTES.perDecision + ROOM_MINUTES.perPrompt + ROOM_MINUTES.debrief;
    expect(text).toContain(`About ${Math.ceil(sum / 5) * 5} minutes with a group.`);
    expect(text).toContain(`2 on a typical path × ${ROOM_MINUTES.perDecision} minutes`);
    expect(text).toContain("the story's own estimate is 10 minutes");
  });

  it('gives the role, the counterparts, their profiles and the notes the author wrote on them', () => {
    const doc = page('guide.html');
    const text = words(doc.querySelector('#situation'));
    expect(text).toContain('You are Sam Reed, a buyer on a first visit.');
    const rows = [...doc.querySelectorAll('.profiles tbody tr')].map(row);
    expect(rows).toEqual(['Kim Park 0.80 0.60 0.70 0.30 0.50', 'Lee Chen 0.30 0.30 0.40 0.90 0.30']);
    expect(text).toContain('Kim Park, 40, plant manager. Proud of her line and of her people.');
    expect(text).toContain('Lee Chen, 30, test engineer. Wants the numbers, straight.');
  });

  it('shows every decision point with its options, what each teaches, and the best and worst for whom', () => {
    const doc = page('guide.html');
    const decisions = [...doc.querySelectorAll('section.decision')];
    expect(decisions.map((d) => words(d.querySelector('h3')))).toEqual([
      'Decision 1 visit',
      'Decision 2 request',
    ]);
    const [first, second] = decisions;
    expect([...first!.querySelectorAll('table.effects .option strong')].map(words)).toEqual([
      'Ask Kim about her team',
      'Ask Lee for the test numbers',
    ]);
    expect(words(first)).toContain('What it teaches: Time with the people first builds goodwill.');
    expect(words(first)).toContain('What it teaches: A direct question suits a direct engineer.');
    // The effect table: a column per counterpart, a row per option; option 1 is Kim's best and
    // Lee's worst, option 2 the other way round.
    const table = first!.querySelector('table.effects')!;
    expect([...table.querySelectorAll('thead th')].map(words)).toEqual([
      '#',
      'The option and what it teaches',
      'Kim Park',
      'Lee Chen',
    ]);
    const cells = [...table.querySelectorAll('tbody tr')].map((r) => [...r.children].map(words));
    expect(cells[0]![2]).toMatch(/^Trust ±0, Rapport \+\d+ best$/);
    expect(cells[0]![3]).toMatch(/^Trust ±0, Rapport −\d+ worst$/);
    expect(cells[1]![2]).toMatch(/worst$/);
    expect(cells[1]![3]).toMatch(/^Trust \+\d+, Rapport ±0 best$/);
    // In private is best for both; in public worst for both, and on no best path.
    const rows = [...second!.querySelectorAll('table.effects tbody tr')].map(row);
    expect(rows[0]).toMatch(/^1 Ask Kim in private .* Trust \+\d+.* best Trust \+\d+.* best$/);
    expect(rows[1]).toMatch(/^2 Ask Kim in front of her team .* Trust −\d+.* worst Trust −\d+.* worst$/);
    expect(words(second!.querySelector('table.effects tbody tr'))).toContain('on the highest-scoring path');
    expect(words(second!.querySelectorAll('table.effects tbody tr')[1])).not.toContain('highest-scoring');
    expect(words(second)).toContain('Reached from decision 1 (options 1 and 2).');
  });

  it('places each discussion prompt at its decision, with what the options there showed', () => {
    const prompts = [...page('guide.html').querySelectorAll('#discussion .prompts > li')];
    expect(prompts).toHaveLength(1);
    const text = words(prompts[0]);
    expect(text).toContain('Who in the room wants what, and how can you tell?');
    expect(text).toContain(
      'Comes at decision 1 (visit), before the room chooses — after “Lee has the test report open.”',
    );
    expect(text).toContain('Option 1 (“Ask Kim about her team”): best for Kim Park; worst for Lee Chen.');
    expect(text).toContain(
      'Option 2 (“Ask Lee for the test numbers”): best for Lee Chen; worst for Kim Park.',
    );
  });

  it("names each ending's threshold, with the constants' values, and the relationship reaching it", () => {
    const doc = page('guide.html');
    const endings = [...doc.querySelectorAll('section.ending')];
    expect(endings.map((e) => words(e.querySelector('h3')))).toEqual([
      '“Partners”',
      '“Friendly, for now”',
      '“The line goes quiet”',
    ]);
    const [partner, friendly, lost] = endings.map(words);
    expect(partner).toContain("What earns it: Kim Park's Trust ≥ 40 and Lee Chen's Trust ≥ 40");
    expect(friendly).toContain('standing ≥ 70 — when no condition checked before it holds');
    expect(friendly).toContain("where standing = Kim Park's Trust + Lee Chen's Trust");
    expect(lost).toContain('when none of the other endings’ conditions holds');
    // The per-counterpart ranges the analyzer found on the paths to each ending.
    const rows = [...doc.querySelectorAll('#ending-partner tbody tr')].map(row);
    expect(rows).toEqual(['Kim Park 42 23', 'Lee Chen 52 30']);
    expect(partner).toMatch(/Score on the paths that reach it: \d+ \(pass mark 50\)\./);
    expect(partner).toContain('A learner choosing at random ends here 25 % of the time.');
  });

  it('quotes every source passage as a handout, by article, with its title and file name', () => {
    const doc = page('guide.html');
    const sources = [...doc.querySelectorAll('#handout section.source')];
    expect(sources.map((s) => words(s.querySelector('h3')))).toEqual([
      'Alpha article 100_aaaa.txt',
      'Beta article 101_bbbb.txt',
    ]);
    expect([...sources[0]!.querySelectorAll('blockquote')].map(words)).toEqual([
      'built-up goodwill clears small conflicts',
      'It’s worth the dinner.',
    ]);
    expect(words(sources[1]!.querySelector('blockquote'))).toBe('Give the numbers straight');
  });
});

describe("a module's facilitator's guide", () => {
  it('gives the title, summary, objectives, the scenarios in order with their time and guide, and the pass mark', () => {
    const doc = page('module-fixture-module.html');
    expect(words(doc.querySelector('h1'))).toBe('A module of one');
    expect(words(doc.querySelector('.summary'))).toBe('One visit, one request.');
    const objectives = words(doc.querySelector('#objectives'));
    expect(objectives).toContain('Make a request without costing face (Guide fixture)');
    expect(objectives).toContain(
      'Give a direct engineer the numbers (Guide fixture; met at a score of 40 in each)',
    );
    const link = doc.querySelector('#scenarios tbody a')!;
    expect(link.getAttribute('href')).toBe('guide.html');
    expect(words(link)).toBe('Guide fixture');
    expect(row(doc.querySelector('#scenarios tbody tr'))).toMatch(/^1 Guide fixture.* 20 10$/);
    expect(words(doc.querySelector('#pass'))).toContain('reaches 50');
  });

  it('is made alone for the dev server, the same as in the build', () => {
    expect(makeGuide(GOOD, 'module-fixture-module.html')?.html).toBe(
      guides().pages.find((p) => p.file === 'module-fixture-module.html')!.html,
    );
    expect(makeGuide(GOOD, 'guide.html')?.html).toBe(
      guides().pages.find((p) => p.file === 'guide.html')!.html,
    );
    expect(makeGuide(GOOD, 'nothing.html')).toBeNull();
  });
});

describe('the source check', () => {
  const bad = { ...GOOD, storiesDir: join(FIXTURES, 'bad') };
  const where = 'tests/unit/build/guide/fixtures/bad/bad.ink';

  it('stops with every unknown file and misquote, each at its file:line', () => {
    let error: unknown;
    try {
      makeGuides(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GuideError);
    const lines = (error as Error).message.split('\n');
    expect(lines[0]).toBe(
      `The facilitator's guide of ${where} cannot be made: its source comments do not match the articles.`,
    );
    expect(lines.slice(1)).toEqual([
      `${where}:12: the source comment cites "999_nowhere.txt", which is not a known source. Use one of 100_aaaa.txt, 101_bbbb.txt or add the article to stories/sources.json.`,
      `${where}:15: the quote "goodwill clears every conflict" is not in 100_aaaa.txt (compared with whitespace normalised). Copy the passage exactly from the article.`,
    ]);
  });

  it('warns about a quote that differs from its article only in an apostrophe', () => {
    const notes = readInkNotes(readFileSync(join(FIXTURES, 'bad', 'bad.ink'), 'utf8'));
    const articles = readSourceArticles(join(FIXTURES, 'bad'));
    const problems = checkSources(where, notes.sources, articles, readSeedTexts(GOOD.seedsDir, articles));
    expect(problems.map((p) => `${p.severity} ${p.message.slice(where.length + 1).split(':')[0]}`)).toEqual([
      'error 12',
      'error 15',
      'warning 18',
    ]);
    expect(problems[2]!.message).toBe(
      `${where}:18: the quote "It's worth the dinner." differs from 100_aaaa.txt only in its quotation marks or apostrophes. Copy them from the article (’ “ ”).`,
    );
    // Without the articles' texts, only the file names are checked.
    expect(checkSources(where, notes.sources, articles, null).map((p) => p.message.split(':')[1])).toEqual([
      '12',
    ]);
  });

  it('matches a quote across the line breaks of the article, and says when the articles are missing', () => {
    // "built-up goodwill clears small conflicts" spans a line break in 100_aaaa.txt.
    expect(guides().warnings).toEqual([]);
    const without = makeGuides({ ...GOOD, seedsDir: join(FIXTURES, 'no-such-folder') });
    expect(without.warnings).toHaveLength(1);
    expect(without.warnings[0]).toMatch(/^The seed articles are not at .*no-such-folder: /);
  });
});
