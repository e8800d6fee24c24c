/**
 * Presenter mode's shared state and the link between its two windows (console and projector).
 *
 * The console owns the state; every change is written to the game's storage (so either window can be
 * reloaded without losing the session) and broadcast to the projector over a BroadcastChannel.
 * The state is small — the story, the choices taken, what the room may see — because the
 * session is deterministic: each window rebuilds the same play-through from the path.
 * State read from storage or the channel is validated; anything else is ignored.
 */
import * as v from 'valibot';
import { randomKey } from '../../platform/ids.ts';
import type { KeyValueStore } from '../../platform/storage/kv-store.ts';

export interface PresenterState {
  key: string;
  storyId: string;
  path: number[];
  metersVisible: boolean;
  paused: boolean;
  /** The room sees the coach's note and what the last choice did. */
  revealed: boolean;
}

const storageKey = (key: string) => `rapport:present:${key}`;

export function newPresenterKey(): string {
  return randomKey(10);
}

const PRESENTER_STATE = v.object({
  key: v.pipe(v.string(), v.regex(/^[a-z0-9]{4,16}$/)),
  storyId: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9_-]{0,80}$/i)),
  path: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(49))), v.maxLength(500)),
  metersVisible: v.boolean(),
  paused: v.boolean(),
  revealed: v.boolean(),
});

/** The state as read from storage or the other window, or null when it is not one (a stale or foreign value). */
export function validatePresenterState(raw: unknown): PresenterState | null {
  const r = v.safeParse(PRESENTER_STATE, raw);
  return r.success ? { ...r.output, path: [...r.output.path] } : null;
}

export class PresenterLink {
  private readonly channel: BroadcastChannel | null;
  private listeners = new Set<(s: PresenterState) => void>();
  private readonly unsubscribeStorage: () => void;

  constructor(
    readonly key: string,
    private readonly storage: KeyValueStore | null,
  ) {
    this.channel =
      typeof BroadcastChannel === 'function' ? new BroadcastChannel(`rapport-present-${key}`) : null;
    this.channel?.addEventListener('message', (e: MessageEvent) => this.receive(e.data));
    // Fallback and reload path: the other window hears of every write through storage.
    this.unsubscribeStorage =
      storage?.subscribe((changed) => {
        if (changed === storageKey(key)) this.receive(this.read());
      }) ?? (() => {});
  }

  /** Stop listening (the window leaves presenter mode); what was stored stays for a reload. */
  close(): void {
    this.channel?.close();
    this.unsubscribeStorage();
    this.listeners.clear();
  }

  load(): PresenterState | null {
    const s = validatePresenterState(this.read());
    return s && s.key === this.key ? s : null;
  }

  publish(state: PresenterState): void {
    // Storage refused: the windows still sync over the channel; a reload starts over.
    this.storage?.setItem(storageKey(this.key), JSON.stringify(state));
    this.channel?.postMessage(state);
  }

  subscribe(listener: (s: PresenterState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private read(): unknown {
    const r = this.storage?.getItem(storageKey(this.key));
    return r?.ok && r.value ? safeParse(r.value) : null;
  }

  private receive(raw: unknown): void {
    const s = validatePresenterState(raw);
    if (!s || s.key !== this.key) return;
    for (const l of this.listeners) l(s);
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
