/**
 * Presenter mode's shared state and the link between its two windows (console and projector).
 *
 * The console owns the state; every change is written to localStorage (so either window can be
 * reloaded without losing the session) and broadcast to the projector over a BroadcastChannel.
 * The state is small — the story, the choices taken, what the room may see — because the
 * session is deterministic: each window rebuilds the same play-through from the path.
 * State read from storage or the channel is validated; anything else is ignored.
 */
import { randomKey } from '../../platform/ids.ts';

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

export function validatePresenterState(raw: unknown): PresenterState | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const ok =
    typeof r.key === 'string' &&
    /^[a-z0-9]{4,16}$/.test(r.key) &&
    typeof r.storyId === 'string' &&
    /^[a-z0-9][a-z0-9_-]{0,80}$/i.test(r.storyId) &&
    Array.isArray(r.path) &&
    r.path.length <= 500 &&
    r.path.every((i) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < 50) &&
    typeof r.metersVisible === 'boolean' &&
    typeof r.paused === 'boolean' &&
    typeof r.revealed === 'boolean';
  return ok
    ? {
        key: r.key as string,
        storyId: r.storyId as string,
        path: [...(r.path as number[])],
        metersVisible: r.metersVisible as boolean,
        paused: r.paused as boolean,
        revealed: r.revealed as boolean,
      }
    : null;
}

export class PresenterLink {
  private readonly channel: BroadcastChannel | null;
  private listeners = new Set<(s: PresenterState) => void>();

  constructor(
    readonly key: string,
    private readonly storage: Storage | null,
  ) {
    this.channel =
      typeof BroadcastChannel === 'function' ? new BroadcastChannel(`rapport-present-${key}`) : null;
    this.channel?.addEventListener('message', (e: MessageEvent) => this.receive(e.data));
    // Fallback and reload path: the storage event fires in the other window on every write.
    addEventListener('storage', (e) => {
      if (e.key === storageKey(key) && e.newValue) this.receive(safeParse(e.newValue));
    });
  }

  load(): PresenterState | null {
    try {
      const text = this.storage?.getItem(storageKey(this.key));
      const s = text ? validatePresenterState(safeParse(text)) : null;
      return s && s.key === this.key ? s : null;
    } catch {
      return null;
    }
  }

  publish(state: PresenterState): void {
    try {
      this.storage?.setItem(storageKey(this.key), JSON.stringify(state));
    } catch {
      // Storage refused: the windows still sync over the channel; a reload starts over.
    }
    this.channel?.postMessage(state);
  }

  subscribe(listener: (s: PresenterState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
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
