/**
 * One HTTP server on one port: the built game (static files) and the live-room service
 * (socket.io under /socket.io/). Used by server/main.ts, the tests and the benchmark.
 */
import {
  createServer,
  type IncomingMessage,
  type Server as HttpServer,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { attachLiveService, type LiveService, type LiveServiceOptions } from './service.ts';
import { staticHandler } from './static.ts';
import { StoryLibrary } from './stories.ts';

export interface LiveServerOptions extends Omit<LiveServiceOptions, 'stories'> {
  host?: string;
  /** 0: any free port. */
  port?: number;
  /** Folders served as the site, first match wins (default: dist/). */
  staticDirs?: string[];
  storiesDir?: string;
  stories?: StoryLibrary;
}

export interface LiveServer {
  http: HttpServer;
  service: LiveService;
  stories: StoryLibrary;
  /** http://host:port (the address the server listens on). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The cookie that tells the game's menu, without a request, that live rooms run here. */
export const LIVE_COOKIE = 'rapport-live=1; Path=/; SameSite=Strict';

/**
 * Mark a response as coming from a server with live rooms: a session cookie the menu reads
 * (`document.cookie`), so a static host — where the probe would be a 404 in the console — is never
 * asked anything.
 */
export function markLive(res: ServerResponse): void {
  res.setHeader('Set-Cookie', LIVE_COOKIE);
}

/**
 * `GET /api/live` answers 200 when live rooms are available here, for tools (elsewhere — static
 * hosting, an LMS — it is a 404). The game's menu reads the cookie instead (see `markLive`).
 */
export function liveProbe(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.url?.split('?')[0] !== '/api/live') return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed: GET /api/live.\n');
    return true;
  }
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(
    req.method === 'HEAD'
      ? undefined
      : JSON.stringify({ liveRooms: true, facilitate: '/live.html?facilitate' }),
  );
  return true;
}

export async function startLiveServer(options: LiveServerOptions = {}): Promise<LiveServer> {
  const host = options.host ?? '127.0.0.1';
  const stories = options.stories ?? new StoryLibrary(resolve(options.storiesDir ?? 'stories'));
  const files = staticHandler(options.staticDirs ?? [resolve('dist')]);
  const http = createServer((req, res) => {
    markLive(res);
    return liveProbe(req, res) ? undefined : files(req, res);
  });
  // Slow or idle clients may not hold sockets open for ever.
  http.headersTimeout = 20_000;
  http.requestTimeout = 30_000;
  const service = attachLiveService(http, { ...options, stories });
  const resumed = await service.restore();
  if (resumed) options.log?.(`${resumed} room(s) resumed from ${service.store.describe}`);
  await new Promise<void>((ok, fail) => {
    http.once('error', fail);
    http.listen(options.port ?? 8080, host, () => {
      http.off('error', fail);
      ok();
    });
  });
  const port = (http.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    http,
    service,
    stories,
    url: `http://${shown}:${port}`,
    port,
    async close() {
      await service.close();
      http.closeAllConnections();
      await new Promise<void>((ok) => http.close(() => ok()));
    },
  };
}
