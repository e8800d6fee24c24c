/**
 * For the tests of several processes sharing rooms (--redis): Debian's redis-server started on a
 * free loopback port in a temporary folder (no persistence: each test has its own), and a small
 * TCP proxy on loopback that sends each new connection to the first backend that accepts it — as
 * a load balancer with health checks sends clients of a killed process to the one that is left —
 * or to each backend in turn (plain round robin), optionally refusing WebSocket upgrades.
 *
 * Nothing is skipped: without redis-server the tests fail and say how to install it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './processes.ts';

export { freePort };

export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export const REDIS_MISSING =
  'redis-server is not installed. Install Debian’s package: apt-get install -y redis-server (.ci/run does this).';

/** Start redis-server on 127.0.0.1 (a free port, a temporary folder); resolves once it accepts connections. */
export async function startRedis(): Promise<RedisServer> {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new Error(REDIS_MISSING);
  const dir = mkdtempSync(join(tmpdir(), 'rapport-redis-'));
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`redis-server did not start:\n${out}`)), 15_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`redis-server exited (${code}):\n${out}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((r) => child.once('exit', () => r()));
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Proxy {
  port: number;
  /** Connections sent to each backend so far. */
  connections: number[];
  close(): Promise<void>;
}

export interface ProxyOptions {
  /**
   * first (default): each connection to the first of the backends that accepts it (health checks);
   * round-robin: each new connection to the next backend in turn, as a plain load balancer does.
   */
  balance?: 'first' | 'round-robin';
  /** Close every WebSocket upgrade request, as a proxy or network that blocks WebSockets does. */
  refuseWebSocket?: boolean;
}

/** A TCP proxy on 127.0.0.1 in front of `backends` (ports). */
export async function startProxy(backends: number[], options: ProxyOptions = {}): Promise<Proxy> {
  const open = new Set<Socket>();
  let turn = 0;
  const counts = backends.map(() => 0);
  const server: Server = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    const start = options.balance === 'round-robin' ? turn++ % backends.length : 0;
    const tryBackend = (n: number, head: Buffer) => {
      if (n >= backends.length) return void client.destroy();
      const i = (start + n) % backends.length;
      const upstream = connect(backends[i]!, '127.0.0.1');
      let connected = false;
      upstream.on('error', () => {
        upstream.destroy();
        if (connected) client.destroy();
        else tryBackend(n + 1, head);
      });
      upstream.once('connect', () => {
        connected = true;
        counts[i]!++;
        open.add(upstream);
        upstream.on('close', () => {
          open.delete(upstream);
          client.destroy();
        });
        client.on('close', () => upstream.destroy());
        upstream.write(head);
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
    };
    // The request's first bytes decide (a WebSocket upgrade may be refused); then it is piped.
    client.once('data', (head: Buffer) => {
      client.pause();
      if (options.refuseWebSocket && /^upgrade:\s*websocket/im.test(head.toString('latin1')))
        return void client.destroy();
      tryBackend(0, head);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  return {
    port: (server.address() as { port: number }).port,
    connections: counts,
    async close() {
      for (const s of open) s.destroy();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
