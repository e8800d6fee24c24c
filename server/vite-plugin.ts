/**
 * Vite plugin: live rooms in the dev server (`npm run dev`), so /live.html works there too. It
 * attaches the same live-room service to Vite's HTTP server, leaving Vite's own WebSocket (HMR)
 * alone. Production uses server/main.ts.
 *
 * Vite's command line takes no options of ours, so the dev server reads the environment, as
 * server/main.ts does for REDIS_URL:
 *
 * - nothing: rooms live as long as the dev server (memory);
 * - `LIVE_DB=FILE`: rooms kept in that SQLite file and resumed when the dev server starts again
 *   (as `server/main.ts --db FILE`);
 * - `REDIS_URL=redis://…`: rooms shared through Redis with every other process using it — another
 *   dev server on another port, or `server/main.ts --redis` (as `--redis URL`).
 *
 * A Redis or a file that cannot be used stops the dev server with the reason and the fix.
 */
import type { Server as HttpServer } from 'node:http';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { liveProbe, markLive } from './app.ts';
import { openCluster } from './cluster/open.ts';
import { attachLiveService, type LiveServiceOptions } from './service.ts';
import { openSqliteStore } from './store/open.ts';
import { StoryLibrary } from './stories.ts';

/** Where the dev server keeps its rooms, from the environment (see the header). */
async function roomsFrom(
  env: NodeJS.ProcessEnv,
  root: string,
  log: (line: string) => void,
): Promise<Pick<LiveServiceOptions, 'store' | 'cluster'>> {
  const redis = env.REDIS_URL?.trim();
  const db = env.LIVE_DB?.trim();
  if (redis && db)
    throw new Error(
      'REDIS_URL and LIVE_DB are both set: with Redis the rooms are kept in Redis. Unset one of them.',
    );
  if (redis) return { cluster: await openCluster(redis, { log }) };
  if (db) return { store: openSqliteStore(resolve(root, db), { log }) };
  return {};
}

/** `env`: where the options are read (the process's environment; tests give their own). */
export function liveRooms(env: NodeJS.ProcessEnv = process.env): Plugin {
  return {
    name: 'rapport-live-rooms',
    apply: 'serve',
    async configureServer(server) {
      const http = server.httpServer as HttpServer | null;
      if (!http) return; // middleware mode: no server of our own to attach to
      const log = (line: string) => server.config.logger.info(`[live] ${line}`);
      const rooms = await roomsFrom(env, server.config.root, log);
      const service = attachLiveService(http, {
        stories: new StoryLibrary(resolve(server.config.root, 'stories'), server.config.root),
        keepOtherUpgrades: true,
        log,
        ...rooms,
      });
      const resumed = await service.restore();
      log(`live rooms kept in ${service.store.describe}${resumed ? `; ${resumed} room(s) resumed` : ''}`);
      http.once('close', () => void service.close());
      server.middlewares.use((req, res, next) => {
        markLive(res);
        if (!liveProbe(req, res)) next();
      });
    },
  };
}
