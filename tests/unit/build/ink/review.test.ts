/**
 * The build is the first reviewer (build/ink/review.ts, run by every compile): each mistake an
 * author makes with Rapport's tags and vocabulary gives one message with file, line and the fix —
 * and plain ink, with none of our tags, still builds.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStories } from '../../../../build/check.ts';
import { compileInkSource, formatDiagnostic } from '../../../../build/ink/compile.ts';
import { storyFiles } from '../../../../build/story-files.ts';

/** Compile `body` as a story in stories/ (so it includes the real vocabulary and sources). */
function review(body: string) {
  const source = `# title: Review
# seeds: 000_ac8871b0fd25056d
INCLUDE lib/rapport.ink
~ counterpart("liwei", "Li Wei", 0.6, 0.5, 0.4, 0.3, 0.5)
${body}`;
  const result = compileInkSource(source, resolve('stories/review-test.ink'));
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  return { result, errors, lines: errors.map(formatDiagnostic) };
}

const LEARN = '# learn: 000: One.\n# learn: 000: Two.\n# learn: 000: Three.';
const ending = (learn = LEARN) =>
  `-> done\n=== done ===\n# ending: done\n# ending_title: Done\nThe end.\n${learn}\n-> END`;
/** A story with one choice point; each part replaceable. */
const story = (choices: string, end = ending()) => `Hello. # speaker: liwei\n${choices}\n- ${end}`;
const GOOD = '* [Ask # coach: Asking opens the door.]\n* [Wait # coach: Waiting shows patience.]';

describe('the build review', () => {
  it('accepts a story with every part in place', () => {
    const { result, errors } = review(story(GOOD));
    expect(errors).toEqual([]);
    expect(result.json).not.toBeNull();
  });

  it('names a choice without a coach note, at its line, with the fix', () => {
    const { result, lines } = review(story('* [Ask # coach: Asking opens the door.]\n* [Wait]'));
    expect(result.json).toBeNull();
    expect(lines).toEqual([
      expect.stringMatching(
        /^stories\/review-test\.ink:7: error: this choice has no coach note\. Add "# coach:/,
      ),
    ]);
  });

  it('holds an ending to 3–5 learning points', () => {
    const two = review(story(GOOD, ending('# learn: 000: One.\n# learn: 000: Two.')));
    expect(two.lines).toEqual([
      expect.stringMatching(
        /:10: error: the ending "done" has 2 learning points; an ending carries 3 to 5\. Add "# learn:/,
      ),
    ]);
    const six = review(story(GOOD, ending(`${LEARN}\n# learn: 000: 4.\n# learn: 000: 5.\n# learn: 000: 6.`)));
    expect(six.lines).toEqual([
      expect.stringMatching(/has 6 learning points.*Keep the ones that matter most/),
    ]);
    expect(review(story(GOOD, ending(`${LEARN}\n# learn: 000: 4.\n# learn: 000: 5.`))).errors).toEqual([]);
  });

  it('names an unknown tag and the tag that was meant', () => {
    const { lines } = review(story(GOOD).replace('Hello. # speaker: liwei', 'Hello. # speakr: liwei'));
    expect(lines).toEqual([
      expect.stringMatching(/:5: error: unknown tag "# speakr:" — did you mean "# speaker:"\?/),
    ]);
    const far = review(story(GOOD).replace('Hello.', 'Hello. # weather: rain'));
    expect(far.lines[0]).toMatch(/unknown tag "# weather:" — the game reads title, summary, .*coach\./);
  });

  it('names a counterpart that is never declared, once, with the one that was meant', () => {
    const { lines } = review(
      story(
        GOOD.replace(
          '* [Wait',
          '* [Wait\n  ~ gain("lewei", "benevolence", 2, 1)\n  ~ gain("lewei", "benevolence", 2, 1)\n*[Pause',
        ).replace('# coach: Asking', '# coach: Asking'),
      ).replace('*[Pause', '* [Pause # coach: A pause.]'),
    );
    expect(lines.filter((l) => l.includes('lewei'))).toEqual([
      expect.stringMatching(
        /error: gain\("lewei", …\) names a counterpart that is never declared\. Did you mean "liwei"\? Declare each counterpart once/,
      ),
    ]);
  });

  it('names a speaker that is nearly a counterpart, and lets any other name speak', () => {
    expect(review(story(GOOD).replace('# speaker: liwei', '# speaker: liwie')).lines).toEqual([
      expect.stringMatching(/"# speaker: liwie" is not a counterpart — did you mean "liwei"\?/),
    ]);
    expect(review(story(GOOD).replace('# speaker: liwei', '# speaker: Waiter')).errors).toEqual([]);
  });

  it('warns when narration about a counterpart is written under their speaker tag', () => {
    const narration = review(
      story(GOOD).replace('Hello. # speaker: liwei', 'Li Wei pours the tea. # speaker: liwei'),
    );
    expect(narration.errors).toEqual([]);
    const warnings = narration.result.diagnostics
      .filter((d) => d.severity === 'warning')
      .map(formatDiagnostic);
    expect(warnings).toEqual([
      expect.stringMatching(
        /:5: warning: "Li Wei pours the tea\." reads as narration about Li Wei, but "# speaker: liwei" shows it as Li Wei's own words/,
      ),
    ]);
    // Her own words about someone else are not narration.
    const words = review(
      story(GOOD).replace('Hello. # speaker: liwei', 'He wanted you to ask him. # speaker: liwei'),
    );
    expect(words.result.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
  });

  it('names a misspelt vocabulary word and the word meant, with its arguments', () => {
    const { lines } = review(
      story(
        GOOD.replace(
          '* [Wait',
          '* [Wait # coach: Patience.]\n  ~ gian("liwei", "benevolence", 2, 1)\n* [Later',
        ),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /error: no function named "gian" — did you mean gain\(who, dimension, size, fit\)\?/,
      ),
    );
    expect(lines.join('\n')).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('names a dimension the model does not know, and the one meant', () => {
    const { lines } = review(
      story(
        GOOD.replace(
          '* [Wait',
          '* [Wait # coach: Patience.]\n  ~ loss("liwei", "competnce", 2, 1)\n* [Later',
        ),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /:8: error: loss\(…, "competnce", …\): "competnce" is not a dimension\. The dimensions are ability, integrity/,
      ),
    );
    const near = review(
      story(
        GOOD.replace(
          '* [Wait',
          '* [Wait # coach: Patience.]\n  ~ gain("liwei", "benevolance", 2, 1)\n* [Later',
        ),
      ),
    );
    expect(near.lines).toContainEqual(
      expect.stringMatching(/"benevolance" is not a dimension — did you mean "benevolence"\?/),
    );
  });

  it('names the arguments a call is missing, or how many too many it has', () => {
    const missing = review(
      story(
        GOOD.replace('* [Wait', '* [Wait # coach: Patience.]\n  ~ gain("liwei", "benevolence")\n* [Later'),
      ),
    );
    expect(missing.lines).toContainEqual(
      expect.stringMatching(
        /gain\(who, dimension, size, fit\) takes 4 arguments; this call has 2 — missing size and fit\./,
      ),
    );
    const extra = review(
      story(GOOD.replace('* [Wait', '* [Wait # coach: Patience.]\n  ~ apology("liwei", 3)\n* [Later')),
    );
    expect(extra.lines).toContainEqual(
      expect.stringMatching(/apology\(who\) takes 1 argument; this call has 2 — 1 argument too many\./),
    );
  });

  it('names a learning point citing a source the story does not list, or that does not exist', () => {
    const unlisted = review(
      story(GOOD, ending('# learn: 000: One.\n# learn: 000: Two.\n# learn: 003: Three.')),
    );
    expect(unlisted.lines).toEqual([
      expect.stringMatching(/cites source 003, which is not among the story's "# seeds:" \(000\)/),
    ]);
    const missing = review(
      story(GOOD, ending('# learn: 000: One.\n# learn: 000: Two.\n# learn: 042: Three.')),
    );
    expect(missing.lines).toEqual([
      expect.stringMatching(
        /cites source 042, which does not exist \(the sources are 000, 001, 002, 003, 004\)/,
      ),
    ]);
  });

  it('names a duplicate line id at its line, with the line that has it and the fix', () => {
    const { lines } = review(
      story(
        '* [Ask # coach: Asking opens the door. # id: rt-0002]\n* [Wait # coach: Waiting shows patience. # id: rt-0003]',
      )
        .replace(
          'Hello. # speaker: liwei',
          'Hello. # speaker: liwei # id: rt-0001\nHello again. # id: rt-0001',
        )
        .replace('The end.', 'The end. # id: rt-0004'),
    );
    expect(lines).toEqual([
      'stories/review-test.ink:6: error: the id "rt-0001" is also on line 5: every line and choice has its own, so a translation, a save or an LMS record never mixes them up. If this line was copied from that one, delete "# id: rt-0001" here and run npm run strings: it gives this line a new id (line 5 keeps its own).',
    ]);
  });

  it('in a story with line ids, names each line and choice without one (or with two)', () => {
    const { lines } = review(
      story(
        '* [Ask # coach: Asking opens the door. # id: rt-0002]\n* [Wait # coach: Waiting shows patience.]',
      )
        .replace('Hello. # speaker: liwei', 'Hello. # speaker: liwei # id: rt-0001 # id: rt-0009')
        .replace('The end.', 'The end. // no id'),
    );
    expect(lines).toEqual([
      'stories/review-test.ink:5: error: this line ("Hello.") has 2 ids (rt-0001, rt-0009); it keeps one. Delete the others — keep the oldest, which saves and records already use.',
      'stories/review-test.ink:7: error: this choice ("Wait") has no id. Run npm run strings: it gives every line and choice that lacks one an id, and keeps the rest (docs/authoring.md, "Line ids").',
      expect.stringMatching(
        /^stories\/review-test\.ink:12: error: this line \("The end\."\) has no id\. Run npm run strings/,
      ),
    ]);
  });

  it('in stories/, names a line a translator cannot take whole (an inline conditional in a sentence), and allows {variable}', () => {
    const body = story('* [Ask # coach: Asking opens the door. # id: rt-0002]')
      .replace(
        'Hello. # speaker: liwei',
        'VAR late = false\nHello{late:, at last}. # speaker: liwei # id: rt-0001\nIt is {late}. # id: rt-0005',
      )
      .replace('The end.', 'The end. # id: rt-0004');
    expect(review(body).lines).toEqual([]); // a story elsewhere (a fixture) may keep it
    const source = `# title: Review\n# seeds: 000_ac8871b0fd25056d\nINCLUDE lib/rapport.ink\n~ counterpart("liwei", "Li Wei", 0.6, 0.5, 0.4, 0.3, 0.5)\n${body}`;
    const held = compileInkSource(source, resolve('stories/review-test.ink'), process.cwd(), {
      requireIds: true,
    });
    const lines = held.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    expect(lines).toEqual([
      'stories/review-test.ink:6: error: "Hello, at last." (rt-0001) cannot be translated as one unit: it contains an inline conditional ({…|…}). Write each variant as a whole line of its own (a multi-line conditional or sequence, one line per branch), or put the changing part in a variable shown as {name}. Until then the line stays in English in every language.',
    ]);
  });

  it('names an id on a line that ends in glue, which would run the lines after it together', () => {
    const { lines } = review(
      story('* [Ask # coach: Asking opens the door. # id: rt-0002]')
        .replace('Hello. # speaker: liwei', 'Hello <> # id: rt-0001\nagain. # speaker: liwei # id: rt-0005')
        .replace('The end.', 'The end. # id: rt-0004'),
    );
    expect(lines).toEqual([
      expect.stringMatching(
        /^stories\/review-test\.ink:5: error: this line ends in glue \(<>\), so it is one line with the next.*Move "# id: rt-0001" to the end of the line it is glued to/,
      ),
    ]);
  });

  it('holds a story without ids to them only when asked (npm run check, for stories/), and never plain ink', () => {
    expect(review(story(GOOD)).errors).toEqual([]); // a fixture elsewhere builds as it is
    const source = `INCLUDE lib/rapport.ink\n~ counterpart("liwei", "Li Wei", 0.6, 0.5, 0.4, 0.3, 0.5)\n${story(GOOD)}`;
    const held = compileInkSource(source, resolve('stories/ids-test.ink'), process.cwd(), {
      requireIds: true,
    });
    expect(held.diagnostics.map(formatDiagnostic)).toEqual([
      'stories/ids-test.ink:1: error: this story\'s lines and choices have no ids yet. Run npm run strings: it gives every line and choice that lacks one an id, and keeps the rest (docs/authoring.md, "Line ids").',
    ]);
    const plain = compileInkSource(
      'Once upon a time.\n* Go on\n- -> END',
      resolve('stories/plain-ids.ink'),
      process.cwd(),
      {
        requireIds: true,
      },
    );
    expect(plain.diagnostics).toEqual([]);
  });

  it('builds plain ink — none of our tags or words — as it is, whatever its own tags', () => {
    const result = compileInkSource(
      'Once upon a time. # CLEAR # AUDIO: rain.mp3\n* Go on\n  On.\n* Stop\n- -> END',
      resolve('stories/plain-test.ink'),
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.json).not.toBeNull();
  });

  it('holds a story that only uses the vocabulary to the rules too', () => {
    const source = 'INCLUDE lib/rapport.ink\n~ meeting("mei", 0)\nHello.\n* [Ask]\n- -> END';
    const lines = compileInkSource(source, resolve('stories/words-only.ink')).diagnostics.map(
      formatDiagnostic,
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/words-only\.ink:4: error: this choice has no coach note/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/meeting\("mei", …\) names a counterpart that is never declared/),
    );
  });

  it('passes every shipped story and module', async () => {
    const result = await checkStories(storyFiles([]));
    expect(result.errors).toEqual([]);
  }, 180_000); // plays every path of every story: from the analyzer's cache when warm, ~25 s cold

  it('npm run check names an error only a path meets, at its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-check-'));
    cpSync(resolve('stories/lib'), join(dir, 'lib'), { recursive: true });
    const file = join(dir, 'late.ink');
    // Declared on one path only: the other path meets the word about "zhou" before any declaration.
    writeFileSync(
      file,
      [
        'INCLUDE lib/rapport.ink',
        '~ counterpart("liwei", "Li Wei", 0.6, 0.5, 0.4, 0.3, 0.5)',
        'Hello. # speaker: liwei',
        '* [Bring Zhou in # coach: A second voice.]',
        '  ~ counterpart("zhou", "Zhou Min", 0.6, 0.5, 0.4, 0.3, 0.5)',
        '* [Go on alone # coach: Just the two of you.]',
        '- ~ gain("zhou", "benevolence", 2, 1)',
        '-> END',
      ].join('\n'),
    );
    const result = await checkStories([file]);
    expect(result.errors).toEqual([
      expect.stringMatching(
        /late\.ink:7: error: gain\("zhou", "benevolence", 2, 1\): no counterpart "zhou" has been declared/,
      ),
    ]);
  }, 60_000);

  it('npm run check lists every mistake, one line each, no stack trace, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-check-'));
    cpSync(resolve('stories/lib'), join(dir, 'lib'), { recursive: true });
    cpSync(resolve('stories/sources.json'), join(dir, 'sources.json'));
    const file = join(dir, 'mistakes.ink');
    writeFileSync(
      file,
      `INCLUDE lib/rapport.ink\n~ counterpart("liwei", "Li Wei", 0.6, 0.5, 0.4, 0.3, 0.5)\nHello. # speakr: liwei\n* [Ask]\n* [Wait # coach: Patience.]\n  ~ gian("liwei", "benevolence", 2, 1)\n- -> END\n`,
    );
    let out = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'build/check.ts', file], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      const failed = e as { status: number; stderr: string };
      status = failed.status;
      out = failed.stderr;
    }
    expect(status).toBe(1);
    const lines = out.trim().split('\n').filter(Boolean);
    expect(lines).toEqual([
      expect.stringMatching(/mistakes\.ink:3: error: unknown tag "# speakr:"/),
      expect.stringMatching(/mistakes\.ink:4: error: this choice has no coach note/),
      expect.stringMatching(/mistakes\.ink:6: error: no function named "gian" — did you mean gain/),
      '3 mistakes in the stories, modules or checks: fix each at the line named (open an .ink file in Inky to see it in place), then build again.',
    ]);
  }, 60_000);
});

describe('the build review: who is there', () => {
  /** The warnings (presence) for a story around `body`, which declares liwei. */
  const warnings = (body: string) => {
    const { result } = review(`${body}\n* [Ask # coach: Asking opens the door.]\n- ${ending()}`);
    return {
      json: result.json,
      lines: result.diagnostics.filter((d) => d.severity === 'warning').map(formatDiagnostic),
    };
  };

  it('reads every tag on a line, not only the first', () => {
    const { lines } = review(
      story(GOOD).replace('Hello. # speaker: liwei', 'Hello. # speaker: liwei # moood: x'),
    );
    expect(lines).toEqual([
      expect.stringMatching(/:5: error: unknown tag "# moood:" — did you mean "# mood:"\?/),
    ]);
  });

  it('warns, with file, line and the fix, when someone speaks after the scene took them out — and still builds', () => {
    const absent = warnings(
      'The office. # place: office\nAn email from Li Wei. # absent: liwei\nI cannot come. # speaker: liwei',
    );
    expect(absent.json).not.toBeNull();
    expect(absent.lines).toEqual([
      expect.stringMatching(
        /^stories\/review-test\.ink:7: warning: Li Wei speaks here, but the scene took them out at line 6 \("# absent: liwei"\).*"# via: email".*"# remote: liwei".*"# enter: liwei"/,
      ),
    ]);
    const left = warnings('Goodbye. # speaker: liwei # leave:\nOne more thing. # speaker: liwei');
    expect(left.lines).toEqual([expect.stringMatching(/:6: warning: .*at line 5 \("# leave: liwei"\)/)]);
  });

  it('does not warn when the line says how they speak, they come back, or the scene changes', () => {
    const out = 'The office. # place: office\nHe left an hour ago. # absent: liwei\n';
    expect(warnings(`${out}I cannot come. # speaker: liwei # via: email`).lines).toEqual([]);
    expect(warnings(`${out}It's me. # speaker: liwei # remote:`).lines).toEqual([]);
    expect(warnings(`${out}He comes back. # enter: liwei\nI forgot my coat. # speaker: liwei`).lines).toEqual(
      [],
    );
    expect(warnings(`${out}Dinner. # place: restaurant\nCheers. # speaker: liwei`).lines).toEqual([]);
    // The leaver says goodbye on their own line.
    expect(warnings('Goodbye. # speaker: liwei # leave:').lines).toEqual([]);
  });

  it('follows the flow: a branch that keeps them, a knot entered from anywhere', () => {
    const branches = warnings(
      '* [Go # coach: a]\n  He leaves. # leave: liwei\n* [Stay # coach: b]\n  He stays.\n- Well. # speaker: liwei',
    );
    expect(branches.lines).toEqual([]);
    const both = warnings(
      '* [Go # coach: a]\n  He leaves. # leave: liwei\n* [Stay # coach: b]\n  He goes too. # leave: liwei\n- Well. # speaker: liwei',
    );
    expect(both.lines).toEqual([expect.stringMatching(/:9: warning: Li Wei speaks here/)]);
    const elsewhere = warnings(
      '* [Go # coach: a]\n  He leaves. # leave: liwei\n  -> later\n* [Stay # coach: b]\n- Well. # speaker: liwei\n-> later\n=== later ===\nLater. # speaker: liwei',
    );
    expect(elsewhere.lines).toEqual([]);
  });

  it('names a presence tag that is nearly a counterpart', () => {
    expect(warnings('He leaves. # leave: liwie').lines).toEqual([
      expect.stringMatching(
        /:5: warning: "# leave: liwie" names "liwie", who is not a counterpart and never speaks — did you mean "liwei"\?/,
      ),
    ]);
    expect(warnings('The waiter comes in. # enter: Waiter').lines).toEqual([]);
  });
});

describe('the shipped stories and who is there', () => {
  it('have nobody speaking where the story took them out', async () => {
    const { warnings } = await checkStories(storyFiles([]));
    expect(warnings.filter((w) => /speaks here|who is not a counterpart/.test(w))).toEqual([]);
  }, 180_000);
});
