/**
 * The facilitators' consoles for the live-room benchmark, in their own process — as their own
 * devices: the thousand simulated phones in the benchmark process do not hold up the tallies they
 * receive. Over IPC: `{ watch: { url, code, secret } }` connects a console to a room (resumed with
 * its secret) and answers `{ watching: code }`; every tally it then receives is sent back as
 * `{ tally: { code, t, tally } }`, `t` on the clock both processes share
 * (performance.timeOrigin + performance.now()). `{ probe: { url, code, secret } }` asks the room
 * every 10 ms until it answers, then sends `{ answered: { code, t } }`. `stop` ends it.
 */
import { io, type Socket } from 'socket.io-client';
import type { Tally } from '../../src/core/live/protocol.ts';

const consoles: Socket[] = [];
/** The console watching each room (a probe asks through it when it is on the right process). */
const watching = new Map<string, { url: string; socket: Socket }>();
const clock = () => performance.timeOrigin + performance.now();

process.on('message', (msg: unknown) => {
  if (msg === 'stop') {
    for (const s of consoles) s.disconnect();
    process.exit(0);
  }
  const probe = (msg as { probe?: { url: string; code: string; secret: string } }).probe;
  if (probe) return void ask(probe.url, probe.code, probe.secret);
  const watch = (msg as { watch?: { url: string; code: string; secret: string } }).watch;
  if (!watch) return;
  const s = io(watch.url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: 10_000,
  });
  consoles.push(s);
  watching.set(watch.code, { url: watch.url, socket: s });
  s.on('tally', (tally: Tally) => process.send?.({ tally: { code: watch.code, t: clock(), tally } }));
  s.once('connect', () => {
    s.timeout(30_000)
      .emitWithAck('host', { type: 'resume', code: watch.code, secret: watch.secret })
      .then((r: { ok: boolean }) => process.send?.({ watching: watch.code, ok: r.ok }))
      .catch(() => process.send?.({ watching: watch.code, ok: false }));
  });
  s.once('connect_error', () => process.send?.({ watching: watch.code, ok: false }));
});
/** Ask room `code` on `url` every 10 ms until it answers; send back `{ answered: { code, t } }`. */
async function ask(url: string, code: string, secret: string): Promise<void> {
  const known = watching.get(code);
  const s =
    known?.url === url && known.socket.connected
      ? known.socket
      : io(url, { transports: ['websocket'], forceNew: true, reconnectionDelay: 10, timeout: 5000 });
  consoles.push(s);
  for (let i = 0; i < 6000; i++) {
    const r = s.connected
      ? ((await s
          .timeout(5000)
          .emitWithAck('host', { type: 'resume', code, secret })
          .catch(() => ({ ok: false }))) as { ok: boolean })
      : { ok: false };
    if (r.ok) return void process.send?.({ answered: { code, t: clock() } });
    await new Promise((r) => setTimeout(r, 10));
  }
  process.send?.({ answered: { code, t: NaN } });
}

process.on('disconnect', () => process.exit(0));
process.send?.({ ready: true });
