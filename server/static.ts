/**
 * Serves the built game (dist/) over plain HTTP: GET and HEAD only, no directory listings, no path
 * outside the served folders, no source maps, hashed assets cached for good, pages never cached. The live page
 * gets a strict Content-Security-Policy (its inline scripts, if the build added any, are allowed
 * by hash), and every response says nosniff and no-referrer.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.webm': 'audio/webm',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const ALIASES: Record<string, string> = { '/': '/index.html', '/live': '/live.html' };

/** CSP for the live pages: our own scripts (plus the build's inline ones, by hash), our own socket. */
function livePolicy(html: string): string {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? '')
    .filter((body) => body.trim())
    .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function staticHandler(
  folders: readonly string[],
): (req: IncomingMessage, res: ServerResponse) => void {
  const roots = folders.map((f) => resolve(f));
  return (req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Method not allowed.\n');
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Bad request.\n');
    }
    pathname = ALIASES[pathname] ?? pathname;
    // Source maps name the build's paths and the source: never served.
    const hidden = pathname.endsWith('.map');
    const file = roots
      .map((root) => {
        const full = normalize(join(root, pathname));
        return full === root || full.startsWith(root + sep) ? full : null;
      })
      .find((full): full is string => !!full && existsSync(full) && statSync(full).isFile());
    if (!file || hidden || pathname.includes('\0')) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end(
        pathname.endsWith('.html') || pathname === '/index.html'
          ? 'Not found. Build the game first: `npm run build` (or use `npm run live`, which builds).\n'
          : 'Not found.\n',
      );
    }
    const ext = extname(file);
    const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
    const body = readFileSync(file);
    if (ext === '.html') {
      headers['Cache-Control'] = 'no-cache';
      if (/live\.html$/.test(file)) headers['Content-Security-Policy'] = livePolicy(body.toString('utf8'));
    } else if (pathname.startsWith('/assets/')) {
      headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    } else {
      headers['Cache-Control'] = 'no-cache';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
