/**
 * Which pages may open a live-room connection: those served from one of the server's public
 * origins — the addresses it listens on (for a loopback or wildcard bind: 127.0.0.1, localhost,
 * [::1] and the machine's own network addresses, each with the port), the public URL and every
 * `--origin`. The request's Host header is never trusted for this: a DNS-rebinding page
 * (Origin http://evil.example:8799, Host evil.example:8799) is refused. A client with no Origin
 * (not a browser) is let through: browsers always send one on a WebSocket or a cross-origin request.
 *
 * Refusals are 403 on both transports (engine.io answers a refused WebSocket upgrade with 400, so
 * upgrades are checked here first).
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { Duplex } from 'node:stream';

export function originAllowed(origin: string | undefined, allowed: Iterable<string>): boolean {
  if (origin === undefined) return true;
  for (const a of allowed) if (a === origin) return true;
  return false;
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;
const bracket = (host: string) => (host.includes(':') ? `[${host}]` : host);

/** The origins a browser uses for a server listening on `address`. */
export function ownOrigins(address: AddressInfo | null): string[] {
  if (!address) return [];
  const port = address.port;
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const hosts = new Set<string>([address.address]);
  if (wildcard || LOOPBACK.test(address.address)) {
    for (const h of ['127.0.0.1', 'localhost', '::1']) hosts.add(h);
  }
  if (wildcard) {
    for (const list of Object.values(networkInterfaces()))
      for (const a of list ?? []) hosts.add(a.address.split('%')[0]!);
  }
  hosts.delete('0.0.0.0');
  hosts.delete('::');
  return [...hosts].flatMap((h) => [`http://${bracket(h)}:${port}`, `https://${bracket(h)}:${port}`]);
}

export class OriginPolicy {
  private cached: { at: number; origins: Set<string> } | null = null;

  constructor(
    private readonly http: HttpServer,
    private readonly listed: readonly string[],
    private readonly publicUrl: () => string | null,
  ) {}

  origins(): Set<string> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < 10_000) return this.cached.origins;
    const origins = new Set([...ownOrigins(this.http.address() as AddressInfo | null), ...this.listed]);
    const pub = this.publicUrl();
    if (pub) origins.add(new URL(pub).origin);
    this.cached = { at: now, origins };
    return origins;
  }

  forget(): void {
    this.cached = null;
  }

  allows(req: IncomingMessage): boolean {
    return originAllowed(req.headers.origin, this.origins());
  }

  /**
   * Check WebSocket upgrades to `path` before the listeners already attached (engine.io's): a
   * refused one gets 403 and never reaches them.
   */
  guardUpgrades(path: string): void {
    const listeners = this.http.listeners('upgrade') as ((
      r: IncomingMessage,
      s: Duplex,
      h: Buffer,
    ) => void)[];
    this.http.removeAllListeners('upgrade');
    this.http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (req.url?.startsWith(path) && !this.allows(req)) {
        socket.on('error', () => {});
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      for (const l of listeners) l.call(this.http, req, socket, head);
    });
  }
}
