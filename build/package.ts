/**
 * `npx tsx build/package.ts --module <id> --format scorm12|scorm2004|xapi|cmi5 [--out dir]` — an
 * LMS package of one module: the game built for it, zipped with `imsmanifest.xml` (SCORM),
 * `tincan.xml` (xAPI) or `cmi5.xml` (cmi5) at the root.
 *
 *   --module <id>       a module of stories/modules/*.json, or a story id (a one-scenario module)
 *   --format <f>        scorm12 | scorm2004 | xapi | cmi5
 *   --out <dir>         where the zip goes (default dist/lms — `vite build` empties dist/)
 *   --pass-mark <n>     override the module's pass mark (0–100)
 *   --activity-id <iri> the module's xAPI activity id, the cmi5 AU's id (default <iri-base>/modules/<id>)
 *   --iri-base <iri>    base of Rapport's xAPI IRIs (default https://w3id.org/rapport/xapi)
 *   --lang <tag>        the package's language (default en): en, zh-Hans, ja or es — a learner
 *                       starts in it unless they picked another in Settings or their LMS states
 *                       a preference Rapport has (en: the browser's language decides). Every
 *                       language the module is translated into goes into the manifest either way.
 *
 * How the game is built: Vite's JS API with the project's vite.config.ts and four changes —
 * relative URLs (`base: './'`, so the package runs wherever the LMS unpacks it), the package
 * configuration defined as `import.meta.env.VITE_RAPPORT_LMS` (the game then launches into the
 * module and reports, see src/app/lms/start.ts), no service worker (an LMS frame is no place for an
 * offline cache or an "update available" prompt), and no source maps. The build goes to a
 * temporary folder; `dist/` is left alone. Zips are reproducible: sorted entries, fixed dates.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { build, loadConfigFromFile, type Plugin, type PluginOption } from 'vite';
import {
  PACKAGE_FORMATS,
  LMS_ENV,
  type PackageFormat,
  type PackagedLms,
} from '../src/app/lms/package-config.ts';
import { RAPPORT_IRI } from '../src/app/lms/xapi-statements.ts';
import { scorm12Manifest, scorm2004Manifest, tincanXml, type ManifestInput } from './lms/manifest.ts';
import { resolveModule } from './lms/module-source.ts';
import { cmi5Xml, XS_LANGUAGE } from './lms/cmi5-xml.ts';
import { inkPlugin } from './ink/vite-plugin.ts';
import { placesOf, soundFilesFor } from './lms/sounds-used.ts';
import { isVideoCallChunk, keepPlaces } from './lms/places-used.ts';
import { stageArtPlugin } from './stage-art.ts';
import { moduleTranslations } from './lms/module-text.ts';
import { languageOf } from '../src/l10n/languages.ts';

export interface PackageOptions {
  module: string;
  format: PackageFormat;
  out?: string;
  passMark?: number;
  activityId?: string;
  iriBase?: string;
  lang?: string;
  /** The project root (default: the working directory). */
  root?: string;
  /** Keep the unzipped build here too (tests serve it). */
  keepBuildIn?: string;
  log?: (line: string) => void;
}

export interface PackageResult {
  zip: string;
  bytes: number;
  files: string[];
  config: PackagedLms;
  from: string;
  ms: number;
}

const LAUNCH = 'index.html';
/** 1980-01-01, the earliest date a zip holds: the same input gives the same bytes. */
const ZIP_DATE = new Date(1980, 0, 1, 12);

/** The package's configuration from the options, checked (what is baked into the game). */
export function packageConfig(o: PackageOptions, root: string): { config: PackagedLms; from: string } {
  if (!PACKAGE_FORMATS.includes(o.format)) {
    throw new Error(`--format must be one of ${PACKAGE_FORMATS.join(', ')} (got "${o.format}")`);
  }
  if (o.passMark !== undefined && !(o.passMark >= 0 && o.passMark <= 100)) {
    throw new Error('--pass-mark must be a number from 0 to 100');
  }
  const { module, from } = resolveModule(root, o.module, o.passMark);
  const iriBase = (o.iriBase ?? RAPPORT_IRI).replace(/\/+$/, '');
  const asked = o.lang ?? 'en';
  const lang = languageOf(asked);
  if (!XS_LANGUAGE.test(asked) || !lang || lang === 'en-XA') {
    throw new Error(
      `--lang must be a language Rapport speaks: en (or en-GB, en-US …), zh-Hans, ja or es (got "${asked}")`,
    );
  }
  const texts = moduleTranslations(root, module, !from.startsWith('stories/modules/'));
  const config: PackagedLms = {
    format: o.format,
    module,
    activityId: o.activityId ?? `${iriBase}/modules/${encodeURIComponent(module.id)}`,
    ...(o.iriBase ? { iriBase } : {}),
    // English keeps the tag as given (en-GB); another language its canonical tag (ja-JP → ja).
    lang: lang === 'en' ? asked : lang,
    ...(Object.keys(texts).length ? { texts } : {}),
  };
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(config.activityId)) {
    throw new Error(`--activity-id must be an absolute IRI (got "${config.activityId}")`);
  }
  return { config, from };
}

export async function buildPackage(o: PackageOptions): Promise<PackageResult> {
  const started = performance.now();
  const root = resolve(o.root ?? process.cwd());
  const log = o.log ?? ((line: string) => console.log(line));
  const { config, from } = packageConfig(o, root);
  const module = config.module;
  log(`Packaging module "${module.id}" (${from}) as ${o.format}`);
  const translated = Object.keys(config.texts ?? {});
  log(
    `  languages: English${translated.length ? `, ${translated.join(', ')}` : ''} in the manifest; learners start in ${config.lang === 'en' ? "their browser's language" : config.lang} unless Settings or the LMS says otherwise`,
  );
  if (config.lang && languageOf(config.lang) !== 'en' && !translated.includes(config.lang))
    log(
      `  note: the module's title and summary have no ${config.lang} translation (translations/${config.lang}/modules.po): they show in English`,
    );

  const buildDir = o.keepBuildIn ? resolve(o.keepBuildIn) : mkdtempSync(join(tmpdir(), 'rapport-package-'));
  try {
    await buildGame(root, config, buildDir);
    const places = placesOf(module.scenarios.map((id) => join(root, 'stories', `${id}.ink`)));
    const built = keepPlaces(
      buildDir,
      keepSounds(
        buildDir,
        listFiles(buildDir).filter((f) => !f.endsWith('.map')),
        soundFilesFor(places),
      ),
      places,
    );
    fixAbsoluteUrls(buildDir, built);
    const files: Zippable = {};
    for (const f of built) files[f] = [readFileSync(join(buildDir, f)), { mtime: ZIP_DATE }];
    const version =
      (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version ?? '0';
    const input: ManifestInput = {
      module,
      files: built,
      launch: LAUNCH,
      version,
      activityId: config.activityId,
      lang: config.lang ?? 'en',
      texts: config.texts ?? {},
    };
    const [name, text] = controlFile(o.format, input);
    files[name] = [new TextEncoder().encode(text), { mtime: ZIP_DATE }];
    if (o.keepBuildIn) writeFileSync(join(buildDir, name), text);
    const ordered: Zippable = {};
    for (const key of Object.keys(files).sort()) ordered[key] = files[key]!;
    const zip = zipSync(ordered, { level: 9 });
    const outDir = resolve(root, o.out ?? join('dist', 'lms'));
    mkdirSync(outDir, { recursive: true });
    const zipPath = join(outDir, `rapport-${module.id}-${o.format}.zip`);
    writeFileSync(zipPath, zip);
    const result = {
      zip: zipPath,
      bytes: zip.length,
      files: Object.keys(ordered),
      config,
      from,
      ms: Math.round(performance.now() - started),
    };
    const drawn = result.files.filter((f) => /^places\/.+-back\.svg$/.test(f)).map((f) => f.slice(7, -9));
    log(
      `Wrote ${relative(process.cwd(), zipPath)}: ${(zip.length / 1024).toFixed(0)} KiB, ${result.files.length} files, ${name} at the root (${result.ms} ms)`,
    );
    log(
      `  places drawn: ${drawn.join(', ')}${result.files.some(isVideoCallChunk) ? ', and the video call' : ''}`,
    );
    return result;
  } finally {
    if (!o.keepBuildIn) rmSync(buildDir, { recursive: true, force: true });
  }
}

/** The file an LMS reads first, at the zip's root, and its text. */
export function controlFile(format: PackageFormat, input: ManifestInput): [string, string] {
  if (format === 'xapi') return ['tincan.xml', tincanXml(input)];
  if (format === 'cmi5') return ['cmi5.xml', cmi5Xml(input)];
  return ['imsmanifest.xml', format === 'scorm12' ? scorm12Manifest(input) : scorm2004Manifest(input)];
}

/** `vite build` of the game, set to the package's module (see the header). */
async function buildGame(root: string, config: PackagedLms, outDir: string): Promise<void> {
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production', isSsrBuild: false, isPreview: false },
    resolve(root, 'vite.config.ts'),
    root,
    'silent',
  );
  const base = loaded?.config ?? {};
  const plugins = ((base.plugins ?? []) as unknown[])
    .flat(Infinity)
    .filter((p): p is Plugin => !!p && typeof p === 'object' && 'name' in p)
    // No service worker in a package, and a catalog, places and cards of the module's own stories only.
    .filter(
      (p) =>
        !p.name.startsWith('vite-plugin-pwa') && p.name !== 'rapport-ink' && p.name !== 'rapport-stage-art',
    );
  await build({
    ...base,
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    plugins: [
      ...plugins,
      inkPlugin({ only: config.module.scenarios }),
      stageArtPlugin({ only: config.module.scenarios }),
      noServiceWorker(),
    ] as PluginOption[],
    define: { ...base.define, [`import.meta.env.${LMS_ENV}`]: JSON.stringify(JSON.stringify(config)) },
    build: {
      ...base.build,
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      // The timing report is for people tuning the build, not for someone making a package.
      rolldownOptions: {
        ...base.build?.rolldownOptions,
        // The game's page only: a package has no live room (live.html and its code stay out).
        input: { main: 'index.html' },
        checks: { ...base.build?.rolldownOptions?.checks, pluginTimings: false },
      },
    },
  });
}

/**
 * Only the sounds the module's stories can play (sounds-used.ts): the others leave the file list,
 * and audio/manifest.json lists what is there.
 */
function keepSounds(dir: string, files: string[], keep: ReadonlySet<string>): string[] {
  const dropped = (f: string) => f.startsWith('audio/') && f.endsWith('.ogg') && !keep.has(f.slice(6));
  for (const f of files.filter(dropped)) rmSync(join(dir, f));
  const kept = files.filter((f) => !dropped(f));
  const manifest = join(dir, 'audio', 'manifest.json');
  if (files.includes('audio/manifest.json')) {
    const data = JSON.parse(readFileSync(manifest, 'utf8')) as { sounds: { file: string }[] };
    data.sounds = data.sounds.filter((s) => keep.has(s.file));
    writeFileSync(manifest, `${JSON.stringify(data, null, 2)}\n`);
  }
  return kept;
}

/** The offline module asks for `virtual:pwa-register`; in a package it registers nothing. */
function noServiceWorker(): Plugin {
  const id = '\0virtual:pwa-register';
  return {
    name: 'rapport-lms-no-service-worker',
    enforce: 'pre',
    resolveId: (source) => (source === 'virtual:pwa-register' ? id : null),
    load: (source) =>
      source === id ? 'export function registerSW() { return () => Promise.resolve(); }' : null,
  };
}

/**
 * A package must not point at the server's root (an LMS serves it from a deep path). Vite makes
 * its own URLs relative with `base: './'`; the deep-link preload map in index.html is written with
 * `/assets/…`, so it is made relative here.
 */
function fixAbsoluteUrls(dir: string, files: string[]): void {
  const index = join(dir, LAUNCH);
  const html = readFileSync(index, 'utf8');
  const fixed = html.replace(/(["'])\/(assets\/)/g, '$1./$2');
  if (fixed !== html) writeFileSync(index, fixed);
  for (const f of files.filter((x) => /\.(html|css)$/.test(x))) {
    const text = readFileSync(join(dir, f), 'utf8');
    const bad = /(?:src|href)=["']\/(?!\/)[^"']*/.exec(text) ?? /url\(\s*["']?\/(?!\/)[^)]*\)/.exec(text);
    if (bad)
      throw new Error(
        `${f} refers to "${bad[0]}", an absolute URL that breaks inside an LMS. Make it relative.`,
      );
  }
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

function parseArgs(argv: string[]): PackageOptions {
  const opts: Partial<PackageOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--module') opts.module = value();
    else if (arg === '--format') opts.format = value() as PackageFormat;
    else if (arg === '--out') opts.out = value();
    else if (arg === '--pass-mark') opts.passMark = Number(value());
    else if (arg === '--activity-id') opts.activityId = value();
    else if (arg === '--iri-base') opts.iriBase = value();
    else if (arg === '--lang') opts.lang = value();
    else if (arg === '--help' || arg === '-h') {
      console.log(
        readFileSync(new URL(import.meta.url), 'utf8')
          .split('*/')[0]!
          .replace(/^\/\*\*|^ \* ?/gm, ''),
      );
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (see --help)`);
  }
  if (!opts.module || !opts.format) {
    throw new Error(
      'usage: npx tsx build/package.ts --module <id> --format scorm12|scorm2004|xapi|cmi5 [--out dir]',
    );
  }
  return opts as PackageOptions;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  try {
    await buildPackage(parseArgs(process.argv.slice(2)));
  } catch (e) {
    console.error(`Packaging failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
