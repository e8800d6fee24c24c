/**
 * Vite plugin: live rooms in the dev server (`npm run dev`), so /live.html works there too. It
 * attaches the same live-room service to Vite's HTTP server, leaving Vite's own WebSocket (HMR)
 * alone. Rooms live as long as the dev server; production uses server/main.ts.
 */
import type { Server as HttpServer } from 'node:http';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { liveProbe, markLive } from './app.ts';
import { attachLiveService } from './service.ts';
import { StoryLibrary } from './stories.ts';

export function liveRooms(): Plugin {
  return {
    name: 'rapport-live-rooms',
    apply: 'serve',
    configureServer(server) {
      const http = server.httpServer as HttpServer | null;
      if (!http) return; // middleware mode: no server of our own to attach to
      const service = attachLiveService(http, {
        stories: new StoryLibrary(resolve(server.config.root, 'stories'), server.config.root),
        keepOtherUpgrades: true,
        log: (line) => server.config.logger.info(`[live] ${line}`),
      });
      http.once('close', () => void service.close());
      server.middlewares.use((req, res, next) => {
        markLive(res);
        if (!liveProbe(req, res)) next();
      });
    },
  };
}
