/**
 * The interface's messages compiled at build time (build/interface/): plurals, numbers, percentages
 * and dates per language, English where a translation is missing, empty, fuzzy or stale, the
 * pseudo-locale, and a bad translation failing with file:line and the fix. The compiled module is
 * run for real (imported from a data: URL with the runtime resolved), as the browser would.
 */
import { describe, expect, it, vi } from 'vitest';
import { compileLanguage, groupModule, InterfaceMessageError } from '../../../../build/interface/compile.ts';
import { readPo, updatePo } from '../../../../build/interface/po.ts';
import { placeholdersOf, pseudoMessage } from '../../../../build/interface/icu.ts';
import { en } from '../../../../src/l10n/en.ts';
import type { Language } from '../../../../src/l10n/languages.ts';
import type { MessageTable } from '../../../../src/l10n/types.ts';
import { LATIN_DIGITS, number } from '../../../../src/l10n/number.ts';

// The compiled modules take `number` from src/l10n/number.ts, which a data: URL module cannot
// import (it is TypeScript): they get the same function through a global.
(globalThis as { __rapportNumber?: typeof number }).__rapportNumber = number;

const catalog = {
  'menu.attempts': { msg: 'Best {best} · {n, plural, one {# attempt} other {# attempts}}' },
  'menu.share': { msg: '{p, number, percent} of the best' },
  'profile.on': { msg: 'Played on {d, date, long}' },
  'profile.plain': { msg: 'Export my progress' },
};

/** A PO file's text with `entries` as [key, translation, flags?]. */
function po(
  entries: [string, string, string?][],
  source = catalog as Record<string, { msg: string }>,
): string {
  return entries
    .map(
      ([key, tr, flag]) =>
        `${flag ? `#, ${flag}\n` : ''}msgctxt ${JSON.stringify(key)}\nmsgid ${JSON.stringify(source[key]?.msg ?? 'old English')}\nmsgstr ${JSON.stringify(tr)}\n`,
    )
    .join('\n');
}

/** Compile, then import the module as the browser would (the runtime resolved from node_modules). */
async function table(
  language: Language,
  text: string | null,
  group: 'first' | 'more',
): Promise<MessageTable> {
  const compiled = compileLanguage(
    catalog,
    language,
    text === null ? null : { file: `translations/${language}/interface.po`, messages: readPo(text, 'x.po') },
  );
  const code = groupModule(compiled, group)
    .replace(
      /import \{ number \} from "[^"]*\/src\/l10n\/number\.ts";/,
      'const number = globalThis.__rapportNumber;',
    )
    .replace(
      /from "(@messageformat\/runtime[^"]*)"/g,
      (_, m: string) => `from ${JSON.stringify(import.meta.resolve(m))}`,
    );
  return ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: MessageTable })
    .default;
}

const day = new Date(Date.UTC(2026, 11, 5, 12));

describe('compiled interface messages', () => {
  it('English: plural, percentage and date through Intl', async () => {
    const first = await table('en', null, 'first');
    const more = await table('en', null, 'more');
    expect(first['menu.attempts']!({ best: 72, n: 1 })).toBe('Best 72 · 1 attempt');
    expect(first['menu.attempts']!({ best: 72, n: 3 })).toBe('Best 72 · 3 attempts');
    expect(first['menu.share']!({ p: 0.68 })).toBe('68% of the best');
    expect(more['profile.on']!({ d: day })).toBe('Played on December 5, 2026');
    expect(first['profile.on']).toBeUndefined(); // groups: profile.* is not a first-line message
  });

  it('Simplified Chinese, Japanese and Spanish: their plural categories, numbers and dates', async () => {
    const zh = po([
      ['menu.attempts', '最佳 {best} · {n, plural, other {# 次尝试}}'],
      ['menu.share', '最佳成绩的 {p, number, percent}'],
      ['profile.on', '{d, date, long} 玩过'],
    ]);
    expect((await table('zh-Hans', zh, 'first'))['menu.attempts']!({ best: 72, n: 1234 })).toBe(
      '最佳 72 · 1,234 次尝试',
    );
    expect((await table('zh-Hans', zh, 'more'))['profile.on']!({ d: day })).toBe('2026年12月5日 玩过');
    const ja = po([
      ['menu.attempts', 'ベスト {best}・{n, plural, other {#回}}'],
      ['profile.on', '{d, date, long}にプレイ'],
    ]);
    expect((await table('ja', ja, 'first'))['menu.attempts']!({ best: 5, n: 2 })).toBe('ベスト 5・2回');
    expect((await table('ja', ja, 'more'))['profile.on']!({ d: day })).toBe('2026年12月5日にプレイ');
    const es = po([
      ['menu.attempts', 'Mejor {best} · {n, plural, one {# intento} many {# intentos} other {# intentos}}'],
      ['menu.share', '{p, number, percent} del mejor'],
      ['profile.on', 'Jugado el {d, date, long}'],
    ]);
    const esFirst = await table('es', es, 'first');
    expect(esFirst['menu.attempts']!({ best: 72, n: 1 })).toBe('Mejor 72 · 1 intento');
    expect(esFirst['menu.attempts']!({ best: 72, n: 1000 })).toBe('Mejor 72 · 1000 intentos');
    expect(esFirst['menu.share']!({ p: 0.68 })).toBe('68\u00a0% del mejor');
    expect((await table('es', es, 'more'))['profile.on']!({ d: day })).toBe(
      'Jugado el 5 de diciembre de 2026',
    );
  });

  it("writes numbers as each language's Intl.NumberFormat does, small whole ones without it", () => {
    const unexpected: string[] = [];
    for (const lc of LATIN_DIGITS) {
      const icu = new Intl.NumberFormat(lc);
      for (const n of [...Array.from({ length: 1000 }, (_, i) => i), 1000, 1234, 12345, -3, 2.5, 1e21])
        if (number(lc, n + 7, 7) !== icu.format(n)) unexpected.push(`${lc} ${n}: ${number(lc, n + 7, 7)}`);
    }
    expect(unexpected).toEqual([]);
    // Not ICU for the meters' values: a page's first Intl.NumberFormat costs 15-20 ms (bench/STAGE.md).
    const format = vi.spyOn(Intl.NumberFormat.prototype as unknown as { format: number }, 'format', 'get');
    expect([number('ja', 55, 0), number('en', 0, 0), number('zh-Hans', 999, 0)]).toEqual(['55', '0', '999']);
    expect(format).not.toHaveBeenCalled();
    expect(number('en', 1234, 0)).toBe('1,234');
    expect(format).toHaveBeenCalledTimes(1);
    format.mockRestore();
    // And the compiled messages (the meters' values among them) take that function.
    expect(groupModule(compileLanguage(catalog, 'en', null), 'first')).toMatch(
      /import \{ number \} from "[^"]*\/src\/l10n\/number\.ts";/,
    );
  });

  it('falls back to the English message — never a key — for missing, empty, fuzzy and stale translations', async () => {
    const text =
      po([
        ['menu.attempts', '', undefined],
        ['menu.share', '{p, number, percent} del mejor', 'fuzzy'],
      ]) + `\nmsgctxt "profile.plain"\nmsgid "An older English"\nmsgstr "Exportar"\n`;
    const first = await table('es', text, 'first');
    const more = await table('es', text, 'more');
    expect(first['menu.attempts']!({ best: 1, n: 2 })).toBe('Best 1 · 2 attempts');
    expect(first['menu.share']!({ p: 0.5 })).toBe('50% of the best');
    expect(more['profile.plain']!()).toBe('Export my progress'); // translated from English that has changed
    expect(more['profile.on']!({ d: day })).toBe('Played on December 5, 2026'); // not in the file at all
  });

  it('fails a bad translation with file:line and the fix', () => {
    const fail = (language: Language, text: string) => {
      try {
        compileLanguage(catalog, language, {
          file: `translations/${language}/interface.po`,
          messages: readPo(text, 'x'),
        });
      } catch (e) {
        expect(e).toBeInstanceOf(InterfaceMessageError);
        return (e as Error).message;
      }
      throw new Error('expected the build to fail');
    };
    const lines = po([
      ['profile.plain', 'Exportar'],
      ['menu.attempts', 'Mejor {best} · {n, plural, one {# intento} other {# intentos}'],
    ]);
    expect(fail('es', lines)).toMatch(
      /^translations\/es\/interface\.po:5: "menu\.attempts": the translation is not valid ICU MessageFormat: .*Fix: /s,
    );
    expect(
      fail('es', po([['menu.attempts', 'Mejor {mejor} · {n, plural, one {# intento} other {# intentos}}']])),
    ).toMatch(
      /interface\.po:1: "menu\.attempts": the translation uses \{mejor\}, which the English message does not have \(it has \{best\}, \{n\}\)\. Fix: use the English message's placeholder names unchanged\./,
    );
    expect(fail('ja', po([['menu.attempts', 'ベスト {best}・{n, plural, one {#回} other {#回}}']]))).toMatch(
      /Fix: use only the plural categories ja has \(other\)/,
    );
  });

  it('makes the pseudo-locale: accented, longer, bracketed, placeholders and syntax untouched', async () => {
    expect(pseudoMessage('Settings')).toBe('[Šééţţîîñĝš·]');
    // A lone apostrophe is a letter; '' and '{…}' are ICU quoting, kept as written.
    expect(pseudoMessage("It's '{x}'")).toMatch(/^\[ÎÎţ'š '\{x\}'[ ·]*\]$/);
    const p = pseudoMessage(catalog['menu.attempts'].msg);
    expect(p).toMatch(/^\[Ɓééšţ \{best\} · \{n, plural, one \{# ååţţéémpţ\} other \{# ååţţéémpţš\}\} ·+\]$/);
    expect([...placeholdersOf(p)]).toEqual(['best', 'n']);
    // Every English message of the catalog survives it, and grows by about 40 % in letters.
    let en0 = 0;
    let xa = 0;
    for (const { msg } of Object.values(en)) {
      const x = pseudoMessage(msg);
      expect([...placeholdersOf(x)].sort()).toEqual([...placeholdersOf(msg)].sort());
      en0 += msg.length;
      xa += x.length;
    }
    expect(xa / en0).toBeGreaterThan(1.3); // the letters 40 %, the syntax not at all
    const xaTable = await table('en-XA', null, 'first');
    expect(xaTable['menu.attempts']!({ best: 7, n: 2 })).toMatch(/^\[Ɓééšţ 7 · 2 ååţţéémpţš ·+\]$/);
  });

  it('writes PO files that keep translations and mark changed English fuzzy with the old msgid', () => {
    const first = updatePo(catalog, 'es', null);
    expect(first.added).toBe(4);
    const translated = first.text.replace(
      'msgctxt "profile.plain"\nmsgid "Export my progress"\nmsgstr ""',
      'msgctxt "profile.plain"\nmsgid "Export my progress"\nmsgstr "Exportar mi progreso"',
    );
    const changed = {
      ...catalog,
      'profile.plain': { msg: 'Export your progress' },
      'profile.new': { msg: 'New' },
    };
    const { 'menu.share': _gone, ...rest } = changed;
    const next = updatePo(rest, 'es', translated);
    expect(next).toMatchObject({ added: 1, stale: 1, removed: 0 });
    expect(next.text).toContain(
      '#, fuzzy\n#| msgid "Export my progress"\nmsgctxt "profile.plain"\nmsgid "Export your progress"\nmsgstr "Exportar mi progreso"',
    );
    const read = readPo(next.text, 'x');
    expect(read.get('profile.plain')).toMatchObject({ fuzzy: true, translation: 'Exportar mi progreso' });
    expect(read.has('menu.share')).toBe(false);
    // Round trip: the same catalog over its own output changes nothing.
    expect(updatePo(rest, 'es', next.text).text).toBe(next.text);
  });
});
