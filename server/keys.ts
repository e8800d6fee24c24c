/**
 * Facilitator access: with keys configured (`--facilitator-key KEY`, or `--facilitator-keys FILE`
 * with one key per line, # for comments), creating a room and every facilitator command need one
 * of them; without, anyone who can reach the server can create rooms. Keys are compared by their
 * SHA-256 in constant time; the file is read again when it changes, so a key can be revoked
 * without a restart.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';

const digest = (key: string) => createHash('sha256').update(key, 'utf8').digest();

export function readKeyFile(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export class FacilitatorKeys {
  private digests: Buffer[] = [];
  private fileMtime = -1;

  constructor(
    private readonly keys: readonly string[],
    private readonly file: string | null = null,
  ) {
    this.reload();
  }

  private reload(): void {
    let fromFile: string[] = [];
    if (this.file) {
      const mtime = existsSync(this.file) ? statSync(this.file).mtimeMs : 0;
      if (mtime === this.fileMtime) return;
      this.fileMtime = mtime;
      fromFile = mtime ? readKeyFile(this.file) : [];
    }
    this.digests = [...this.keys, ...fromFile].map(digest);
  }

  /** Whether keys are configured at all. */
  get required(): boolean {
    return this.keys.length > 0 || this.file !== null;
  }

  allows(key: string | undefined): boolean {
    if (!this.required) return true;
    this.reload();
    if (key === undefined) return false;
    const given = digest(key);
    let ok = false;
    for (const d of this.digests) ok = timingSafeEqual(d, given) || ok;
    return ok;
  }
}
