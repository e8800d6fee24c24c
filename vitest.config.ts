import { defineConfig } from 'vitest/config';
import { inkPlugin } from './build/ink/vite-plugin.ts';
import { stageArtPlugin } from './build/stage-art.ts';
import { interfacePlugin } from './build/interface/plugin.ts';

// Two projects: `unit` runs the headless core in Node; `browser` drives the built game in
// Debian's Chromium through playwright-core (see tests/browser/README.md).
export default defineConfig({
  plugins: [inkPlugin(), stageArtPlugin(), interfacePlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Mirrors the source folders (core, app, views, build, server) and the content's own tests.
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Every interface message loaded, as a screen awaits them before drawing (src/l10n).
          setupFiles: ['tests/unit/l10n-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
