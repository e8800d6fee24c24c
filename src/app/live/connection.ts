/**
 * The pages' side of the live-room connection: one socket.io client to the server that served the
 * page, calls that answer with a Reply (or a readable error when the server does not answer), and
 * the few things a page keeps in the browser — a participant's token per room, a facilitator's
 * secret per room. Storage may be refused (private mode, policy): then the page still works, it
 * just cannot come back after a reload.
 */
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { Reply } from '../../core/live/protocol.ts';
import type { KeyValueStore } from '../../platform/storage/kv-store.ts';
import { LocalStorageStore } from '../../platform/storage/local-storage.ts';

export type Status = 'connecting' | 'online' | 'offline';

export interface LiveConnection {
  socket: Socket;
  call<T>(event: string, payload?: unknown): Promise<Reply<T>>;
  /** Status changes; `recovered` is true when socket.io restored the session (no rejoin needed). */
  onStatus(listener: (status: Status, recovered: boolean) => void): void;
}

/**
 * WebSocket first, HTTP long-polling only when the WebSocket fails (a proxy or a network that
 * blocks it). A WebSocket connection is one TCP stream, so several server processes behind a plain
 * round-robin proxy serve it without sticky sessions; long-polling is many requests that must all
 * reach the same process (docs/live.md, "Two processes behind a proxy"). socket.io's default,
 * polling first then an upgrade, would need sticky sessions for everyone.
 */
export const CONNECTION_OPTIONS = {
  transports: ['websocket', 'polling'],
  tryAllTransports: true,
  reconnectionDelayMax: 4000,
  timeout: 8000,
} as const satisfies Partial<ManagerOptions & SocketOptions>;

export function connect(): LiveConnection {
  const socket = io({ ...CONNECTION_OPTIONS, transports: [...CONNECTION_OPTIONS.transports] });
  const listeners: ((s: Status, recovered: boolean) => void)[] = [];
  const tell = (s: Status, recovered = false) => listeners.forEach((l) => l(s, recovered));
  socket.on('connect', () => tell('online', socket.recovered));
  socket.on('disconnect', () => tell('offline'));
  socket.on('connect_error', () => tell('offline'));
  return {
    socket,
    async call<T>(event: string, payload?: unknown): Promise<Reply<T>> {
      try {
        const args = payload === undefined ? [] : [payload];
        return (await socket.timeout(8000).emitWithAck(event, ...args)) as Reply<T>;
      } catch {
        return {
          ok: false,
          error: {
            code: 'server',
            message: 'The server did not answer. Check your connection; the page reconnects by itself.',
            reason: 'no-answer',
          },
        };
      }
    },
    onStatus(listener) {
      listeners.push(listener);
    },
  };
}

// ------------------------------------------------------------------ what the browser keeps

const PARTICIPANT_KEY = 'rapport.live.participant.v1';
const HOSTED_KEY = 'rapport.live.hosted.v1';
const DEVICE_KEY = 'rapport.live.device.v1';
const FACILITATOR_KEY = 'rapport.live.facilitator-key.v1';

/** The game's storage port (never throws): a refusal only means this page cannot come back after a reload. */
let storage: KeyValueStore | null = null;
const kept = () => (storage ??= new LocalStorageStore());

function read<T>(key: string, fallback: T): T {
  const r = kept().getItem(key);
  if (!r.ok || !r.value) return fallback;
  try {
    return JSON.parse(r.value) as T;
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown): void {
  kept().setItem(key, JSON.stringify(value));
}

/** This browser's device id (128 random bits, kept): a facilitator's removal bans it from the room. */
export function deviceId(): string {
  const known = read<string>(DEVICE_KEY, '');
  if (typeof known === 'string' && /^[0-9a-f]{32}$/.test(known)) return known;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  write(DEVICE_KEY, id);
  return id;
}

/** The facilitator key this browser was given (servers started with --facilitator-key). */
export function facilitatorKey(): string | null {
  const key = read<string>(FACILITATOR_KEY, '');
  return typeof key === 'string' && key ? key : null;
}

export function saveFacilitatorKey(key: string | null): void {
  write(FACILITATOR_KEY, key ?? '');
}

export interface ParticipantIdentity {
  code: string;
  token: string;
  name: string;
}

/** The identity this browser holds for `code`, if any. */
export function savedIdentity(code: string): ParticipantIdentity | null {
  const all = read<ParticipantIdentity[]>(PARTICIPANT_KEY, []);
  return (Array.isArray(all) ? all : []).find((p) => p?.code === code && typeof p.token === 'string') ?? null;
}

export function lastIdentity(): ParticipantIdentity | null {
  const all = read<ParticipantIdentity[]>(PARTICIPANT_KEY, []);
  return Array.isArray(all) ? (all[0] ?? null) : null;
}

export function saveIdentity(identity: ParticipantIdentity): void {
  const others = read<ParticipantIdentity[]>(PARTICIPANT_KEY, []).filter((p) => p?.code !== identity.code);
  write(PARTICIPANT_KEY, [identity, ...others].slice(0, 5));
}

export function forgetIdentity(code: string): void {
  write(
    PARTICIPANT_KEY,
    read<ParticipantIdentity[]>(PARTICIPANT_KEY, []).filter((p) => p?.code !== code),
  );
}

export interface HostedRoom {
  code: string;
  secret: string;
  title: string;
  createdAt: number;
}

export function hostedRooms(): HostedRoom[] {
  const all = read<HostedRoom[]>(HOSTED_KEY, []);
  return Array.isArray(all)
    ? all.filter((r) => typeof r?.code === 'string' && typeof r.secret === 'string')
    : [];
}

export function saveHostedRoom(room: HostedRoom): void {
  write(HOSTED_KEY, [room, ...hostedRooms().filter((r) => r.code !== room.code)].slice(0, 10));
}

export function forgetHostedRoom(code: string): void {
  write(
    HOSTED_KEY,
    hostedRooms().filter((r) => r.code !== code),
  );
}

/** Save a text file the browser offers to download (the votes export). */
export function download(filename: string, mime: string, data: string): void {
  const url = URL.createObjectURL(new Blob([data], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
