/**
 * The house's boundaries (.dependency-cruiser.cjs, docs/architecture.md) fail on a wrong import.
 * Each case lays out a small tree shaped like the project's (src/core, src/app, src/views/…,
 * build, server) in a temporary folder, runs the same `depcruise` command as `npm run lint`, and
 * expects exactly the rule that case breaks; a tree that keeps every rule passes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const cli = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A tree that keeps every rule: the shape the cases below each break once. */
const CLEAN: Record<string, string> = {
  'src/core/model/rules.ts': `export const LOSS = 2;`,
  'src/core/session/session.ts': `import { LOSS } from '../model/rules.ts';\nexport const session = () => LOSS;`,
  'src/platform/schedule.ts': `export const afterPaint = () => Promise.resolve();`,
  'src/l10n/index.ts': `export const t = (key: string) => key;`,
  'src/app/controller.ts': `import { session } from '../core/session/session.ts';\nimport { afterPaint } from '../platform/schedule.ts';\nexport const game = () => afterPaint().then(session);`,
  'src/views/shared/dom.ts': `import { t } from '../../l10n/index.ts';\nexport const h = (tag: string) => t(tag);`,
  'src/views/stage/stage.ts': `import { h } from '../shared/dom.ts';\nexport const stage = () => h('canvas');`,
  'src/views/page/app.ts': `import { game } from '../../app/controller.ts';\nimport { h } from '../shared/dom.ts';\nexport const app = () => [game, h('main'), import('../stage/stage.ts')];`,
  'src/views/present/projector.ts': `import { stage } from '../stage/stage.ts';\nexport const projector = stage;`,
  'src/views/live/room.ts': `import { h } from '../shared/dom.ts';\nexport const room = () => h('section');`,
  'src/main.ts': `import { app } from './views/page/app.ts';\napp();`,
  'build/analyzer.ts': `import { session } from '../src/core/session/session.ts';\nimport { readFileSync } from 'node:fs';\nexport const analyze = () => [session, readFileSync];`,
  'build/ink/compile.ts': `export const compile = (s: string) => s;`,
  'server/rooms.ts': `import { session } from '../src/core/session/session.ts';\nimport { compile } from '../build/ink/compile.ts';\nexport const rooms = [session, compile];`,
};

function violations(extra: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-boundaries-'));
  made.push(dir);
  for (const [file, text] of Object.entries({ ...CLEAN, ...extra })) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text + '\n');
  }
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        allowImportingTsExtensions: true,
        noEmit: true,
        module: 'ESNext',
        moduleResolution: 'bundler',
      },
    }),
  );
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [
        cli,
        'src',
        'build',
        'server',
        '--config',
        join(root, '.dependency-cruiser.cjs'),
        '--output-type',
        'json',
      ],
      { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (e) {
    out = (e as { stdout: string }).stdout; // exits non-zero on a violation; the JSON is complete
  }
  const summary = (JSON.parse(out) as { summary: { violations: { rule: { name: string } }[] } }).summary;
  return [...new Set(summary.violations.map((v) => v.rule.name))].sort();
}

// Each case runs the real CLI (about a second); a busy machine may take several.
describe.concurrent('the boundaries lint (npm run lint:deps)', { timeout: 30_000 }, () => {
  it('passes a tree where every arrow points the right way', () => {
    expect(violations({})).toEqual([]);
  });

  const cases: [string, string, Record<string, string>][] = [
    [
      'core reaching a view',
      'core-is-pure',
      {
        'src/core/model/rules.ts': `import { h } from '../../views/shared/dom.ts';\nexport const LOSS = h('x');`,
      },
    ],
    [
      'core using a Node module',
      'core-has-no-platform-libraries',
      {
        'src/core/model/rules.ts': `import { readFileSync } from 'node:fs';\nexport const LOSS = readFileSync;`,
      },
    ],
    [
      'core using a view library',
      'core-has-no-view-libraries',
      {
        'src/core/model/rules.ts': `import { createStore } from 'zustand/vanilla';\nexport const LOSS = createStore;`,
      },
    ],
    [
      'the platform knowing the game',
      'platform-is-a-leaf',
      {
        'src/platform/schedule.ts': `import { session } from '../core/session/session.ts';\nexport const afterPaint = () => Promise.resolve(session);`,
      },
    ],
    [
      'the interface catalog knowing the game',
      'l10n-is-a-leaf',
      { 'src/l10n/index.ts': `import { game } from '../app/controller.ts';\nexport const t = game;` },
    ],
    [
      'core reaching the interface catalog',
      'core-has-no-interface-words',
      { 'src/core/model/rules.ts': `import { t } from '../../l10n/index.ts';\nexport const LOSS = t('x');` },
    ],
    [
      'the app reaching a view',
      'app-never-reaches-a-view',
      { 'src/app/controller.ts': `import { h } from '../views/shared/dom.ts';\nexport const game = h;` },
    ],
    [
      'the browser code importing build',
      'runtime-never-imports-build-or-server',
      {
        'src/app/controller.ts': `import { analyze } from '../../build/analyzer.ts';\nexport const game = analyze;`,
      },
    ],
    [
      'one view importing another',
      'views-do-not-import-each-other',
      { 'src/views/live/room.ts': `import { app } from '../page/app.ts';\nexport const room = app;` },
    ],
    [
      'a view other than page and projector hosting the stage',
      'only-page-and-projector-host-the-stage',
      { 'src/views/live/room.ts': `import { stage } from '../stage/stage.ts';\nexport const room = stage;` },
    ],
    [
      'a shared view importing a view',
      'shared-views-stay-shared',
      { 'src/views/shared/meters.ts': `import { app } from '../page/app.ts';\nexport const meters = app;` },
    ],
    [
      'the server importing the app',
      'server-uses-core-and-the-ink-build',
      { 'server/rooms.ts': `import { game } from '../src/app/controller.ts';\nexport const rooms = game;` },
    ],
    [
      'build importing a view',
      'build-uses-core',
      { 'build/analyzer.ts': `import { h } from '../src/views/shared/dom.ts';\nexport const analyze = h;` },
    ],
    [
      'a cycle of type-only imports',
      'no-cycles',
      {
        'src/app/a.ts': `import type { B } from './b.ts';\nexport interface A { b?: B }`,
        'src/app/b.ts': `import type { A } from './a.ts';\nexport interface B { a?: A }`,
      },
    ],
  ];
  for (const [what, rule, tree] of cases)
    it(`fails on ${what} (${rule})`, () => {
      expect(violations(tree)).toEqual([rule]);
    });
});
