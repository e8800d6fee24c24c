/**
 * The Vite plugin of the interface's words (docs/interface-strings.md). It serves
 *
 *   virtual:interface-messages      `englishFirst` (the English first-line messages, in the main
 *                                   bundle) and `loadMessages(language, group)`, a dynamic import
 *   virtual:interface/<lang>/<group> one language's compiled messages of one group (groups.ts)
 *
 * made from src/l10n/en.ts and translations/<lang>/interface.po (compile.ts). A bad translation
 * fails the build, or shows in the dev server's overlay, with file:line and the fix.
 */
import type { Plugin, ViteDevServer } from 'vite';
import { resolve } from 'node:path';
import { en as builtCatalog } from '../../src/l10n/en.ts';
import { GROUPS, type Group } from '../../src/l10n/groups.ts';
import { LANGUAGES, PSEUDO, type Language } from '../../src/l10n/languages.ts';
import type { CatalogEntry } from '../../src/l10n/types.ts';
import { checkCatalog, compileLanguage, groupModule } from './compile.ts';
import { readInterfacePo, TRANSLATIONS_DIR } from './po.ts';

const INDEX_ID = 'virtual:interface-messages';
const TABLE_PREFIX = 'virtual:interface/';
const ALL: readonly Language[] = [...LANGUAGES, PSEUDO];

/** The source of `virtual:interface-messages`. */
export function indexModule(): string {
  const cases = ALL.flatMap((language) =>
    GROUPS.map((group) => {
      const id = `${TABLE_PREFIX}${language}/${group}`;
      return language === 'en' && group === 'first'
        ? `    case ${JSON.stringify(`${language}/${group}`)}: return Promise.resolve(englishFirst);`
        : `    case ${JSON.stringify(`${language}/${group}`)}: return import(${JSON.stringify(id)}).then((m) => m.default);`;
    }),
  );
  return [
    `import englishFirst from ${JSON.stringify(`${TABLE_PREFIX}en/first`)};`,
    'export { englishFirst };',
    'export function loadMessages(language, group) {',
    '  switch (`${language}/${group}`) {',
    ...cases,
    '  }',
    '  return Promise.reject(new Error(`Rapport has no interface messages for "${language}" (${group}).`));',
    '}',
    '',
  ].join('\n');
}

/** One language's compiled module of one group, read from the catalog and its PO file now. */
export function tableModule(
  root: string,
  catalog: Readonly<Record<string, CatalogEntry>>,
  language: Language,
  group: Group,
): { code: string; files: string[] } {
  checkCatalog(catalog);
  const po = language === 'en' || language === PSEUDO ? null : readInterfacePo(root, language);
  return {
    code: groupModule(compileLanguage(catalog, language, po), group),
    files: po ? [resolve(root, po.file)] : [],
  };
}

export function interfacePlugin(): Plugin {
  let root = process.cwd();
  let server: ViteDevServer | null = null;
  const catalog = async () =>
    server
      ? ((await server.ssrLoadModule('/src/l10n/en.ts')) as { en: Record<string, CatalogEntry> }).en
      : builtCatalog;
  return {
    name: 'rapport-interface-messages',
    configResolved(config) {
      root = config.root;
    },
    configureServer(s) {
      server = s;
      // A translator saving a PO file, or an edit of the catalog, re-compiles the messages.
      s.watcher.add(resolve(root, TRANSLATIONS_DIR));
      const reload = (file: string) => {
        if (!/interface\.po$|src[\\/]l10n[\\/]en\.ts$/.test(file)) return;
        for (const m of s.moduleGraph.idToModuleMap.values())
          if (m.id?.startsWith(`\0${TABLE_PREFIX}`)) s.moduleGraph.invalidateModule(m);
        s.ws.send({ type: 'full-reload' });
      };
      s.watcher.on('change', reload);
      s.watcher.on('add', reload);
    },
    resolveId(id) {
      if (id === INDEX_ID || id.startsWith(TABLE_PREFIX)) return `\0${id}`;
      return null;
    },
    async load(id) {
      if (id === `\0${INDEX_ID}`) return indexModule();
      if (!id.startsWith(`\0${TABLE_PREFIX}`)) return null;
      const [language, group] = id.slice(TABLE_PREFIX.length + 1).split('/') as [Language, Group];
      if (!ALL.includes(language) || !GROUPS.includes(group))
        this.error(`No interface messages for ${id.slice(1)}.`);
      const { code, files } = tableModule(root, await catalog(), language, group);
      for (const f of files) this.addWatchFile(f);
      return code;
    },
  };
}
