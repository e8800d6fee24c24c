/**
 * The interface's messages compiled at build time: the English catalog (src/l10n/en.ts) and each
 * language's PO file become one ES module per language and group (src/l10n/groups.ts) of plain
 * functions over @messageformat/runtime — the browser never parses a message. A translation that is
 * missing, empty or fuzzy takes the English message (never a key). A translation with an ICU syntax
 * error, a plural case its language does not have, or a placeholder the English does not have fails
 * the build with file:line and the fix.
 */
import MessageFormat from '@messageformat/core';
import Compiler from '@messageformat/core/lib/compiler';
import { groupOf, type Group } from '../../src/l10n/groups.ts';
import { number } from '../../src/l10n/number.ts';
import type { Language } from '../../src/l10n/languages.ts';
import type { CatalogEntry } from '../../src/l10n/types.ts';
import { placeholdersOf, pseudoMessage } from './icu.ts';
import type { PoMessage } from './po.ts';

type Catalog = Readonly<Record<string, CatalogEntry>>;

/**
 * Where the compiled messages' `number` comes from (its fast path for small whole numbers): a path
 * from the project's root, which Vite resolves from any module, virtual ones included.
 */
const NUMBER_MODULE = '/src/l10n/number.ts';

/** The locale whose plural rules and number/date formats a language's messages use. */
const FORMAT_LOCALE: Record<Language, string> = {
  en: 'en',
  'zh-Hans': 'zh-Hans',
  ja: 'ja',
  es: 'es',
  'en-XA': 'en',
};

export class InterfaceMessageError extends Error {}

/** What a compiled message calls: a runtime import (`module`, `id`) or, rarely, an inline helper. */
type Runtime = Record<string, ((...a: unknown[]) => unknown) & { module?: string; id?: string }>;

/** Function sources by key, with the runtime imports they need. */
interface Compiled {
  sources: Map<string, string>;
  runtime: Runtime;
}

function compileWith(
  locale: string,
  messages: Record<string, string>,
  runtime: Runtime,
): Map<string, string> {
  const mf = new MessageFormat(locale, { strict: false });
  const compiler = new Compiler(mf.options);
  const out = compiler.compile(messages, mf.plurals[0]!, {}) as Record<string, string>;
  Object.assign(runtime, compiler.runtime);
  // Numbers through src/l10n/number.ts: small whole numbers without waking ICU on the first screen.
  if (runtime.number?.module === '@messageformat/runtime')
    runtime.number = Object.assign((...a: unknown[]) => number(...(a as Parameters<typeof number>)), {
      module: NUMBER_MODULE,
      id: 'number',
    });
  return new Map(Object.entries(out));
}

/** Check the English catalog: each message compiles. */
export function checkCatalog(catalog: Catalog, file = 'src/l10n/en.ts'): void {
  for (const [key, entry] of Object.entries(catalog)) {
    if (!/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9-]+)+$/.test(key))
      throw new InterfaceMessageError(
        `${file}: the key "${key}" is not of the form area.name (letters, digits, dots). Fix: rename it, e.g. "menu.play".`,
      );
    try {
      new MessageFormat('en', { strict: false }).compile(entry.msg);
    } catch (e) {
      throw new InterfaceMessageError(
        `${file}: "${key}": the English message is not valid ICU MessageFormat: ${(e as Error).message}. ` +
          "Fix: balance its braces; write a literal { or } as '{' or '}', and an apostrophe as ’ or ''.",
      );
    }
  }
}

/**
 * The messages of `language` for the whole catalog: its translation where there is a usable one,
 * else the English (the pseudo-locale is made from the English). Throws InterfaceMessageError.
 */
export function compileLanguage(
  catalog: Catalog,
  language: Language,
  po: { file: string; messages: ReadonlyMap<string, PoMessage> } | null,
): Compiled {
  const runtime: Runtime = {};
  const english: Record<string, string> = {};
  const translated: Record<string, string> = {};
  for (const [key, entry] of Object.entries(catalog)) {
    if (language === 'en-XA') {
      translated[key] = pseudoMessage(entry.msg);
      continue;
    }
    const t = po?.messages.get(key);
    if (!t || !t.translation.trim() || t.fuzzy || t.source !== entry.msg) {
      english[key] = entry.msg;
      continue;
    }
    const where = `${po!.file}:${t.line}`;
    const allowed = placeholdersOf(entry.msg);
    let used: Set<string>;
    try {
      used = placeholdersOf(t.translation);
      new MessageFormat(FORMAT_LOCALE[language], { strict: false }).compile(t.translation);
    } catch (e) {
      const plural = /plural case/.test((e as Error).message);
      throw new InterfaceMessageError(
        `${where}: "${key}": the translation is not valid ICU MessageFormat: ${(e as Error).message}. Fix: ` +
          (plural
            ? `use only the plural categories ${language} has (${pluralCategories(language)}), or =0, =1 … for exact numbers.`
            : "keep the English message's {…} structure (placeholder names and plural/select keywords stay in English); write a literal brace as '{'."),
      );
    }
    const unknown = [...used].filter((n) => !allowed.has(n));
    if (unknown.length)
      throw new InterfaceMessageError(
        `${where}: "${key}": the translation uses ${unknown.map((n) => `{${n}}`).join(', ')}, which the English message does not have ` +
          `(it has ${allowed.size ? [...allowed].map((n) => `{${n}}`).join(', ') : 'no placeholders'}). Fix: use the English message's placeholder names unchanged.`,
      );
    translated[key] = t.translation;
  }
  const sources = new Map([
    ...compileWith('en', english, runtime),
    ...compileWith(FORMAT_LOCALE[language], translated, runtime),
  ]);
  return { sources, runtime };
}

function pluralCategories(language: Language): string {
  return new Intl.PluralRules(FORMAT_LOCALE[language]).resolvedOptions().pluralCategories.join(', ');
}

/** An ES module of one group of compiled messages: `export default { "menu.play": () => "Play", … }`. */
export function groupModule({ sources, runtime }: Compiled, group: Group): string {
  const imports = new Map<string, Set<string>>();
  const vars: string[] = [];
  for (const [name, fn] of Object.entries(runtime)) {
    if (fn.module) {
      const set = imports.get(fn.module) ?? new Set();
      set.add(fn.id && fn.id !== name ? `${fn.id} as ${name}` : name);
      imports.set(fn.module, set);
    } else vars.push(`const ${name} = ${String(fn)};`);
  }
  const body = [...sources]
    .filter(([key]) => groupOf(key) === group)
    .map(([key, src]) => `  ${JSON.stringify(key)}: ${src}`)
    .join(',\n');
  const used = (name: string) => new RegExp(`\\b${name}\\b`).test(body);
  const importLines = [...imports].flatMap(([module, names]) => {
    const needed = [...names].filter((n) => used(n.split(' as ').pop()!));
    return needed.length ? [`import { ${needed.sort().join(', ')} } from ${JSON.stringify(module)};`] : [];
  });
  return [
    ...importLines,
    ...vars.filter((v) => used(/^const (\w+)/.exec(v)![1]!)),
    `export default {\n${body}\n};`,
    '',
  ].join('\n');
}
