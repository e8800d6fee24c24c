import { defineConfig } from 'vitest/config';
import { inkPlugin } from './src/story/vite-plugin-ink.ts';

// Two projects: `unit` runs the headless core in Node; `browser` drives the built game in
// Debian's Chromium through playwright-core (see tests/browser/README.md).
export default defineConfig({
  plugins: [inkPlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Listed folder by folder: a feature's tests join the suite when the feature is wired in.
          include: [
            'tests/unit/{story,session,model,persist,modules,stories,analysis,lms,scenes,live,audio,ui}/**/*.test.ts',
            'tests/unit/*.test.ts',
          ],
          environment: 'node',
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
