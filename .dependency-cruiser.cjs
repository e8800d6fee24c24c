/**
 * The house's boundaries (docs/architecture.md), checked by `npm run lint` (`npm run lint:deps`).
 *
 *   views → app → core        platform is a leaf every runtime layer may use, core excepted
 *   build and server → core   nothing at run time imports build or server
 *
 * Type-only imports count (tsPreCompilationDeps): a type is a dependency a reader has to follow.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle (type-only ones too) means two modules are one idea, or one is in the wrong place.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment:
        'src/core (story, model, session) runs the same in Node and the browser: it never reaches the app, the platform, a view, the build or the server.',
      from: { path: '^src/core/' },
      to: { path: '^(src/(app|platform|views)|build|server)/|^src/main\\.ts$' },
    },
    {
      name: 'core-has-no-platform-libraries',
      severity: 'error',
      comment:
        'src/core touches no DOM, storage, network, sound or drawing library, and no Node module: state in, state out.',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'], path: '.*' },
    },
    {
      name: 'core-has-no-view-libraries',
      severity: 'error',
      comment: 'src/core never imports phaser, howler, zustand, socket.io, uplot or qrcode.',
      from: { path: '^src/core/' },
      to: { path: 'node_modules/(phaser|howler|zustand|socket\\.io|socket\\.io-client|uplot|qrcode)/' },
    },
    {
      name: 'l10n-is-a-leaf',
      severity: 'error',
      comment:
        'src/l10n (the interface catalog, its run-time lookup, the language rules) is used by the app, the views and the build; it imports nothing of the game.',
      from: { path: '^src/l10n/' },
      to: { path: '^(src/(core|app|views|platform)|build|server)/' },
    },
    {
      name: 'core-has-no-interface-words',
      severity: 'error',
      comment: 'src/core stays language-free state in, state out: it never reaches the interface catalog.',
      from: { path: '^src/core/' },
      to: { path: '^src/l10n/' },
    },
    {
      name: 'platform-is-a-leaf',
      severity: 'error',
      comment: 'src/platform (storage, scheduling) knows nothing of the game.',
      from: { path: '^src/platform/' },
      to: { path: '^(src/(core|app|views)|build|server)/' },
    },
    {
      name: 'app-never-reaches-a-view',
      severity: 'error',
      comment:
        'src/app (controller, stores, persistence, LMS and live clients) is what the views watch; it never imports one.',
      from: { path: '^src/app/' },
      to: { path: '^src/views/' },
    },
    {
      name: 'runtime-never-imports-build-or-server',
      severity: 'error',
      comment: 'build/ and server/ are Node only: nothing the browser loads may import them.',
      from: { path: '^src/' },
      to: { path: '^(build|server)/' },
    },
    {
      name: 'views-do-not-import-each-other',
      severity: 'error',
      comment:
        'A view (page, stage, sound, present, live) depends on app and core and on views/shared, never on another view. ' +
        'Exception: the page and the projector host the stage.',
      from: { path: '^src/views/([^/]+)/', pathNot: '^src/views/shared/' },
      to: {
        path: '^src/views/([^/]+)/',
        pathNot: ['^src/views/$1/', '^src/views/shared/', '^src/views/stage/(stage|load)\\.ts$'],
      },
    },
    {
      name: 'only-page-and-projector-host-the-stage',
      severity: 'error',
      comment: 'The stage is drawn inside the play screen of the page and of the projector, nowhere else.',
      from: { path: '^src/views/', pathNot: '^src/views/(page|present|stage)/' },
      to: { path: '^src/views/stage/' },
    },
    {
      name: 'shared-views-stay-shared',
      severity: 'error',
      comment: 'src/views/shared is drawn by several views, so it imports none of them.',
      from: { path: '^src/views/shared/' },
      to: { path: '^src/views/', pathNot: '^src/views/shared/' },
    },
    {
      name: 'server-uses-core-and-the-ink-build',
      severity: 'error',
      comment:
        'The live-room service plays stories (core) it compiles itself (build/ink), with the variables their translations show (build/l10n); it never imports the app or a view.',
      from: { path: '^server/' },
      to: { path: '^(src/(app|views|platform)/|src/main\\.ts$|build/(?!ink/|l10n/))' },
    },
    {
      name: 'build-uses-core',
      severity: 'error',
      comment:
        'build/ (Node only) uses core; packaging also writes what the LMS client reads (src/app/lms/package-config.ts, ' +
        "xapi-statements.ts), and draws the stage's pictures to files with its pure SVG code (src/views/stage/: " +
        'places, people, layout — string building, no DOM, no Phaser). It never imports another view or the server.',
      from: { path: '^build/' },
      to: {
        path: '^(src/(views|platform)/|src/app/|server/)',
        pathNot:
          '^src/app/lms/(package-config|xapi-statements)\\.ts$|^src/views/stage/(places/[\\w-]+|svg|layout|look|casting|portrait|face|hair)\\.ts$',
      },
    },
    {
      name: 'tests-and-benches-are-not-imported',
      severity: 'error',
      from: { path: '^(src|build|server)/' },
      to: { path: '^(tests|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|public|node_modules|test-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
