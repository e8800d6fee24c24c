import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { liveRooms } from './server/vite-plugin.ts';
import { inkPlugin } from './build/ink/vite-plugin.ts';
import { storyMapPlugin } from './build/analysis/map-plugin.ts';
import { guidePlugin } from './build/guide/plugin.ts';
import { stageArtPlugin } from './build/stage-art.ts';
import { interfacePlugin } from './build/interface/plugin.ts';
import { cjkFontsPlugin } from './build/fonts/plugin.ts';
import { FONT_CACHE } from './src/app/offline-fonts.ts';

/**
 * The stage's Phaser (src/views/stage/phaser-core.ts): Phaser's core built from its sources,
 * instead of its prebuilt bundle of everything. `phaser` means that module in
 * the game's build (types still come from the package); `phaser-src/` is Phaser's source folder.
 */
const PHASER_SRC = fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url));
/** The compile-time switches Phaser's own builds set (its config/webpack.config.js). */
const PHASER_FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  // The stage makes no sound (howler plays the game's; the game config says noAudio).
  FEATURE_SOUND: false,
  PLUGIN_FBINSTANT: false,
  EXPERIMENTAL: false,
};
function phaserFlags(): Plugin {
  return {
    name: 'rapport-phaser-flags',
    transform(code, id) {
      if (!id.startsWith(PHASER_SRC) && !id.includes('/node_modules/phaser/src/')) return;
      const out = code
        .replace(/typeof ([A-Z_]+)\b/g, (all, flag: string) =>
          flag in PHASER_FLAGS ? String(PHASER_FLAGS[flag]) : all,
        )
        .replace(/\bglobal\.Phaser = /, 'globalThis.Phaser = ');
      return out === code ? undefined : { code: out, map: null };
    },
  };
}

export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^phaser$/,
        replacement: fileURLToPath(new URL('./src/views/stage/phaser-core.ts', import.meta.url)),
      },
      { find: /^phaser-src\//, replacement: PHASER_SRC },
    ],
  },
  plugins: [
    phaserFlags(),
    inkPlugin(),
    // The interface's words: src/l10n/en.ts and translations/<lang>/interface.po compiled per
    // language (docs/interface-strings.md).
    interfacePlugin(),
    // The story map of scenes and choices at /__map/<story-id> (dev server only; `npm run stories -- --map`).
    storyMapPlugin(),
    // A printable facilitator's guide per scenario and module: dist/guides/*.html (docs/guides.md).
    guidePlugin(),
    // The stage's places and the menu cards' pictures, drawn at build time as SVG files (docs/stage.md).
    stageArtPlugin(),
    // Chinese and Japanese faces cut to the characters the translations use, for a learner whose
    // system has no CJK font: dist/fonts/ (build/fonts/, docs/translating.md).
    cjkFontsPlugin(),
    // Live workshop rooms in the dev server too (production: `npm run live`, server/main.ts).
    liveRooms(),
    // Offline after the first visit: the service worker precaches the game, its stories, art and
    // sound. 'prompt' means a new deployment waits for the learner to accept it (src/app/offline.ts),
    // so nothing changes under them mid-scenario.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Rapport — cross-cultural relationship training',
        short_name: 'Rapport',
        description: 'Practise the conversations that build or break business relationships across cultures.',
        theme_color: '#14213d',
        background_color: '#f7f5f0',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json,wav,ogg,webm,mp3,png,woff2}'],
        // The facilitator's guides (~0.5 MB) are read online or printed: not in every learner's cache.
        // Story text in each language (assets/text/): a learner downloads only their own language's,
        // when they choose it (src/app/story-text.ts), and it is kept then for offline play.
        // The CJK faces (fonts/): only a learner who reads Chinese or Japanese fetches one, and keeps it
        // (src/app/offline-fonts.ts); an English learner's cache never holds them.
        globIgnores: ['guides/**', 'assets/text/**', 'fonts/**'],
        runtimeCaching: [
          {
            // Hashed names: a file never changes, so the cache answers first and the network never.
            urlPattern: /\/assets\/text\/[^/]+\.js$/,
            handler: 'CacheFirst',
            options: { cacheName: 'rapport-story-text', expiration: { maxEntries: 200 } },
          },
          {
            // The same for the CJK faces: hashed names, kept once fetched (by the worker, or by the
            // page on the first visit). A font's request carries an Origin header the page's own
            // fetch did not, and the server answers `Vary: Origin`: a file that never changes need
            // not vary.
            urlPattern: /\/fonts\/[^/]+\.woff2$/,
            handler: 'CacheFirst',
            options: {
              cacheName: FONT_CACHE,
              expiration: { maxEntries: 20 },
              matchOptions: { ignoreVary: true },
            },
          },
        ],
        // Phaser is one large chunk; precache it too so the stage works offline.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // The live-room pages and service, and the guides, are never answered with the game's shell.
        navigateFallbackDenylist: [/^\/socket\.io/, /^\/api\//, /^\/live/, /^\/guides\//],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Every browser that runs ES2022 modules knows <link rel="modulepreload">: no polyfill.
    modulePreload: { polyfill: false },
    sourcemap: true,
    // Phaser is one big chunk (~205 kB gzip) loaded after the first line; say so instead of warning.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // Two pages: the game, and the live room (facilitator console and participants' phones).
      input: { main: 'index.html', live: 'live.html' },
      output: {
        // Vite 8 takes only the function form: keep Phaser in its own lazily-loaded chunk.
        manualChunks: (id: string) => (id.includes('node_modules/phaser/') ? 'phaser' : undefined),
        // A story's text in a language, its opening and its map (My progress) in it, a language's menu, a module's checks in it: assets/text/ (see the
        // service worker above), named by story and language.
        chunkFileNames: (chunk: { facadeModuleId: string | null; name: string }) => {
          const id = chunk.facadeModuleId ?? '';
          const text = /([^/\\]+)\.ink\?(?:text=|(opening|map)&lang=)([\w-]+)$/.exec(id);
          if (text) return `assets/text/${text[1]}.${text[2] ? `${text[2]}.` : ''}${text[3]}-[hash].js`;
          const menu = /^\0virtual:story-menu\/([\w-]+)$/.exec(id);
          if (menu) return `assets/text/menu.${menu[1]}-[hash].js`;
          // A module's checks in a language (build/l10n/module-strings.ts).
          const check = /^\0virtual:check-text\/([\w-]+)\/([\w-]+)$/.exec(id);
          if (check) return `assets/text/checks.${check[1]}.${check[2]}-[hash].js`;
          return 'assets/[name]-[hash].js';
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
