/**
 * The Vite plugin of the interface's words (docs/interface-strings.md). It serves
 *
 *   virtual:interface-messages       `loadMessages(language, group)`, a dynamic import of
 *   virtual:interface/<lang>/<group> one language's compiled messages of one group (groups.ts),
 *                                    each its own small chunk
 *
 * made from src/l10n/en.ts and translations/<lang>/interface.po (compile.ts). A bad translation
 * fails the build, or shows in the dev server's overlay, with file:line and the fix.
 *
 * In the built index.html, a few bytes of inline script pick the learner's language as the page
 * will (languages.ts: `?lang=`, the saved choice, the browser's) and preload that language's
 * first-line messages beside the main bundle and the story's opening — every language, English
 * included, costs the same: one small chunk fetched in parallel, nothing in the main bundle.
 */
import type { Plugin, ViteDevServer } from 'vite';
import { resolve } from 'node:path';
import { en as builtCatalog } from '../../src/l10n/en.ts';
import { GROUPS, type Group } from '../../src/l10n/groups.ts';
import { LANGUAGES, languageOf, PSEUDO, type Language } from '../../src/l10n/languages.ts';
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
      return `    case ${JSON.stringify(`${language}/${group}`)}: return import(${JSON.stringify(id)}).then((m) => m.default);`;
    }),
  );
  return [
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

/** The inline script that preloads the learner's first-line messages (`chunks`: language → file). */
export function preloadScript(chunks: Record<string, string[]>, settingsKey: string): string {
  return (
    '<script>(function(){' +
    `var L=${languageOf.toString()};var m=${JSON.stringify(chunks)};` +
    "var q=new URLSearchParams(location.search).get('lang');var l=q&&L(q);" +
    `if(!l){try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(settingsKey)})||'null');l=s&&s.language;}catch(e){}}` +
    "if(!l){var n=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||''];for(var i=0;i<n.length&&!l;i++){l=L(n[i]);if(l==='en-XA')l=null;}}" +
    "var f=m[l]||m.en;for(var j=0;j<f.length;j++){var k=document.createElement('link');k.rel='modulepreload';k.href=f[j];document.head.appendChild(k);}" +
    '})();</script>'
  );
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
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !html.includes('id="app"')) return html; // the game's page, built
        // language → its first-line chunk and the chunks that imports (the runtime's plural rules),
        // so nothing waits for the chunk to arrive before asking for the next
        const chunks: Record<string, string[]> = {};
        for (const out of Object.values(ctx.bundle)) {
          const m =
            out.type === 'chunk'
              ? /^\0virtual:interface\/([^/]+)\/first$/.exec(out.facadeModuleId ?? '')
              : null;
          if (m && out.type === 'chunk') chunks[m[1]!] = [out.fileName, ...out.imports].map((f) => `/${f}`);
        }
        // After the story's preload (right after <meta charset>), before the stylesheet.
        const at = html.indexOf('</script>') + '</script>'.length;
        const charset = html.search(/<meta charset[^>]*>/i);
        const after =
          at > '</script>'.length - 1 && at < html.search(/<link|<title/i)
            ? at
            : html.indexOf('>', charset) + 1;
        return html.slice(0, after) + preloadScript(chunks, 'rapport:v1:settings') + html.slice(after);
      },
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
