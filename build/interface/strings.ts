/**
 * `npm run strings:interface -- --lang zh-Hans,ja,es` — write or update each language's
 * translations/<lang>/interface.po from the English catalog (src/l10n/en.ts), keeping every
 * translation: a new message is added empty, a message whose English changed keeps its translation
 * marked `#, fuzzy` with the English it was made from as `#| msgid` (the build uses English for it
 * until a translator clears the mark), and a message gone from the catalog is kept as an obsolete
 * `#~` entry. Without --lang, every language that already has a file is updated.
 *
 *   --check   write nothing; exit 1 if a file is not up to date with the catalog (for CI)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { en } from '../../src/l10n/en.ts';
import { LANGUAGES } from '../../src/l10n/languages.ts';
import { checkCatalog } from './compile.ts';
import { interfacePoPath, TRANSLATIONS_DIR, updatePo } from './po.ts';

function main(argv: string[]): number {
  const root = resolve(process.cwd());
  const at = argv.indexOf('--lang');
  const check = argv.includes('--check');
  const asked = at >= 0 ? (argv[at + 1] ?? '').split(',').filter(Boolean) : null;
  const dir = resolve(root, TRANSLATIONS_DIR);
  const languages =
    asked ?? (existsSync(dir) ? readdirSync(dir).filter((l) => existsSync(interfacePoPath(root, l))) : []);
  if (!languages.length) {
    console.error(
      'No language given and no translations/<lang>/interface.po yet. Try: npm run strings:interface -- --lang zh-Hans,ja,es',
    );
    return 1;
  }
  for (const l of languages)
    if (!(LANGUAGES as readonly string[]).includes(l) || l === 'en') {
      console.error(
        `"${l}" is not a language Rapport's interface is translated into (${LANGUAGES.filter((x) => x !== 'en').join(', ')}). ` +
          'Fix: use one of those tags, or add the language to src/l10n/languages.ts first.',
      );
      return 1;
    }
  checkCatalog(en);
  let stale = false;
  for (const language of languages) {
    const file = interfacePoPath(root, language);
    const previous = existsSync(file) ? readFileSync(file, 'utf8') : null;
    const result = updatePo(en, language, previous);
    const rel = relative(root, file);
    if (result.text === previous) {
      console.log(`${rel}: up to date`);
      continue;
    }
    stale = true;
    if (check) {
      console.log(`${rel}: not up to date with src/l10n/en.ts (run npm run strings:interface)`);
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, result.text);
    console.log(
      `${rel}: ${result.added} new, ${result.stale} changed in English (now fuzzy), ${result.removed} no longer used (kept as obsolete)`,
    );
  }
  return check && stale ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
