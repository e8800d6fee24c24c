import { defineConfig } from 'vite';
import { inkPlugin } from './src/story/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkPlugin()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // Phaser is one big chunk (~357 kB gzip) loaded after the first line; say so instead of warning.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Vite 8 takes only the function form: keep Phaser in its own lazily-loaded chunk.
        manualChunks: (id: string) => (id.includes('node_modules/phaser') ? 'phaser' : undefined),
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
