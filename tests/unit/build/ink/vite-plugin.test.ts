import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { inkPlugin } from '../../../../build/ink/vite-plugin.ts';
import type { StoryMap } from '../../../../src/core/story-map.ts';

/** Build a tiny project whose entry imports `main.ink` and the catalog (or is `entry`). */
async function buildWith(files: Record<string, string>, entry?: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'rapport-ink-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  writeFileSync(join(root, 'index.html'), '<script type="module" src="/entry.js"></script>');
  writeFileSync(
    join(root, 'entry.js'),
    entry ??
      "import story from './stories/main.ink';\nimport { catalog } from 'virtual:story-catalog';\nconsole.log(story.id, story.hash, catalog.length);\n",
  );
  await build({
    root,
    logLevel: 'silent',
    plugins: [inkPlugin()],
    build: { outDir: join(root, 'dist'), minify: false },
  });
  return root;
}

describe('the ink Vite plugin', () => {
  it('serves the openings and the story text in the dev server, where translations are', async () => {
    // `npm run dev`: the modules in every page's first bundle. Vite 8 took the watched
    // translations folder for an import of theirs and failed the page ("Failed to resolve import").
    const root = mkdtempSync(join(tmpdir(), 'rapport-ink-dev-'));
    mkdirSync(join(root, 'stories'));
    mkdirSync(join(root, 'translations', 'es'), { recursive: true });
    writeFileSync(join(root, 'stories', 'main.ink'), '# title: Main\nHello.\n* [Go] Gone.\n-> END\n');
    writeFileSync(join(root, 'translations', 'es', 'main.po'), 'msgid ""\nmsgstr ""\n');
    const vite = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [inkPlugin()],
      server: { host: '127.0.0.1', port: 0, ws: false },
    });
    try {
      await vite.listen();
      const { port } = vite.httpServer!.address() as { port: number };
      // Twice: made again after an edit (here every module invalidated, as a reload after a
      // change does), which is where the folder's import failed.
      for (const time of ['first', 'again']) {
        for (const id of ['virtual:story-openings', 'virtual:story-text']) {
          const r = await fetch(`http://127.0.0.1:${port}/@id/__x00__${id}`);
          expect(r.status, `${id}, ${time}: ${(await r.clone().text()).slice(0, 300)}`).toBe(200);
          expect(await r.text()).toMatch(/export const languages = \[[^\]]*"es"/);
        }
        vite.moduleGraph.invalidateAll();
      }
    } finally {
      await vite.close();
    }
  });

  it('fails the build with the file and line of an ink error', async () => {
    await expect(buildWith({ 'stories/main.ink': 'Hello.\n* [Go] -> nowhere_at_all\n' })).rejects.toThrow(
      /stories\/main\.ink:2: error: no knot, stitch or function named "nowhere_at_all"\. Check the name after "->"\.\nFix it at the line named/,
    );
  });

  it('names the included file when the error is in an INCLUDE', async () => {
    await expect(
      buildWith({
        'stories/main.ink': 'INCLUDE lib/part.ink\n-> part\n',
        'stories/lib/part.ink': '=== part ===\n~ temp x =\n-> END\n',
      }),
    ).rejects.toThrow(/stories\/lib\/part\.ink:2: error:/);
  });

  it('ships compiled JSON, a content hash and the catalog — without the compiler', async () => {
    const root = await buildWith({ 'stories/main.ink': '# title: Main story\nHello.\n-> END\n' });
    const assets = join(root, 'dist', 'assets');
    const js = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(assets, f), 'utf8'))
      .join('\n');
    expect(js).toContain('inkVersion');
    expect(js).toContain('Main story');
    expect(js).toMatch(/hash: "[0-9a-f]{16}"/);
    expect(js).not.toContain('InkParser');
  });
});

describe('story openings', () => {
  const story = [
    '# title: Main story',
    'EXTERNAL counterpart(who, name, ro, pd, co, di, fl)',
    '~ counterpart("li", "Li Wei", 0.8, 0.8, 0.8, 0.2, 0.6)',
    'Welcome. # speaker: li',
    '* [Thank him # coach: Warmth first.] Thanks. -> END',
    '* [Start the agenda # coach: Straight to business.] Agenda. -> END',
    '=== function counterpart(who, name, ro, pd, co, di, fl) ===',
    '~ return',
  ].join('\n');

  it("builds each story's opening — its first lines, choices and state — and preloads it for a deep link", async () => {
    const root = await buildWith({ 'stories/main.ink': story });
    const assets = join(root, 'dist', 'assets');
    const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const openingFile = files.find((f) => readFileSync(join(assets, f), 'utf8').includes('main.ink?opening'));
    expect(openingFile).toBeDefined();
    const data = (
      (await import(pathToFileURL(join(assets, openingFile!)).href)) as {
        default: {
          view: { lines: { text: string }[]; choices: { text: string }[]; counterparts: { name: string }[] };
          hash: string;
          ink: string;
        };
      }
    ).default;
    expect(JSON.parse(data.ink)).toHaveProperty('flows');
    expect(data.view.lines.map((l) => l.text)).toEqual(['Welcome.']);
    expect(data.view.counterparts.map((c) => c.name)).toEqual(['Li Wei']);
    expect(data.view.choices.map((c) => c.text)).toEqual(['Thank him', 'Start the agenda']);
    expect(data.hash).toMatch(/^[0-9a-f]{16}$/);
    const html = readFileSync(join(root, 'dist', 'index.html'), 'utf8');
    // The preload script names the opening's chunk and comes before any stylesheet or module script.
    expect(html).toContain(`"main":"/assets/${openingFile}"`);
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('type="module"'));
  });

  it('makes no opening for a story that ends before its first choice (it plays from the top)', async () => {
    const root = await buildWith({ 'stories/main.ink': '# title: Short\nHello.\n-> END\n' });
    const assets = join(root, 'dist', 'assets');
    const js = readdirSync(assets).map((f) => readFileSync(join(assets, f), 'utf8'));
    const opening = js.find((t) => t.includes('main.ink?opening'));
    expect(opening).toMatch(/=\s*null;/);
  });
});

describe('story maps', () => {
  const story = [
    '# title: Main story',
    'EXTERNAL counterpart(who, name, ro, pd, co, di, fl)',
    '~ counterpart("li", "Li Wei", 0.8, 0.8, 0.8, 0.2, 0.6)',
    'Welcome. # speaker: li',
    '* [Thank him # coach: Warmth first.] Thanks. -> warm',
    '* [Start the agenda # coach: Straight to business.] Agenda. -> cold',
    '=== warm ===',
    '# ending: warm',
    '# ending_title: A warm start',
    '# learn: 000: One.',
    '# learn: 000: Two.',
    '# learn: 000: Three.',
    '-> END',
    '=== cold ===',
    '# ending: cold',
    '# ending_title: A cold start',
    '# learn: 000: One.',
    '# learn: 000: Two.',
    '# learn: 000: Three.',
    '-> END',
    '=== function counterpart(who, name, ro, pd, co, di, fl) ===',
    '~ return',
  ].join('\n');

  it("builds each story's map, laid out, as a module of its own that the catalog loads lazily", async () => {
    // The entry is the first bundle: the catalog, and nothing of the stories.
    const root = await buildWith(
      { 'stories/main.ink': story },
      "import { catalog } from 'virtual:story-catalog';\nconsole.log(JSON.stringify(catalog), catalog[0].map);\n",
    );
    const assets = join(root, 'dist', 'assets');
    const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const text = (f: string) => readFileSync(join(assets, f), 'utf8');
    const mapFile = files.find((f) => text(f).includes('main.ink?map'));
    expect(mapFile).toBeDefined();
    const map = ((await import(pathToFileURL(join(assets, mapFile!)).href)) as { default: StoryMap }).default;
    expect(map.width).toBeGreaterThan(0);
    expect(map.width).toBeLessThanOrEqual(360);
    expect(map.scenes).toHaveLength(1);
    const [scene] = map.scenes;
    expect(scene!.said).toEqual({ speaker: 'Li', text: 'Welcome.' });
    expect(scene!.choices.map((c) => [c.text, c.leads.map((l) => l.to)])).toEqual([
      ['Thank him', ['ending:warm']],
      ['Start the agenda', ['ending:cold']],
    ]);
    for (const c of scene!.choices) {
      expect(c.source).toMatch(/^0\./);
      expect(c.leads[0]!.d).toMatch(/^M[\d.]+,[\d.]+ /);
    }
    expect(map.endings.map((e) => [e.ending, e.title])).toEqual(
      expect.arrayContaining([
        ['warm', 'A warm start'],
        ['cold', 'A cold start'],
      ]),
    );
    // The catalog, in the first bundle, names the map's chunk but carries none of it; no chunk
    // carries a layout library.
    const entry = files.find((f) => f.startsWith('index-'))!;
    expect(text(entry)).toContain('Main story');
    expect(text(entry)).toContain(mapFile);
    expect(text(entry)).not.toContain('Start the agenda');
    expect(text(entry)).not.toContain('choiceSources');
    for (const f of files) expect(text(f)).not.toMatch(/network-simplex|dagre/);
  }, 30_000);
});

describe('the ink plugin in the dev server', () => {
  it('serves the catalog (with modules), a story and its map without import errors', async () => {
    const { createServer } = await import('vite');
    const server = await createServer({ logLevel: 'silent', server: { middlewareMode: true, ws: false } });
    try {
      const catalog = await server.transformRequest('virtual:story-catalog');
      expect(catalog?.code).toContain('export const modules');
      const story = await server.transformRequest('/stories/south-of-london.ink');
      expect(story?.code).toContain('inkVersion');
      expect(catalog?.code).toMatch(/south-of-london\.ink\?(import&)?map"/);
      // The map module, laid out from the same (cached) analysis as the catalog.
      const map = await server.transformRequest('/stories/south-of-london.ink?map');
      expect(map?.code).toMatch(/^export default \{"width":\d+,"height":\d+,"scenes":\[/);
    } finally {
      await server.close();
    }
    // The catalog carries every story's analysis: on a fresh clone that is every path of seven
    // stories explored (~40 s of CPU, ~20 s on two workers, longer while other tests run).
  }, 120_000);
});
