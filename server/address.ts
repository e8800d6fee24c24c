/**
 * The client's network address, for the per-address limits. Behind a reverse proxy every
 * connection comes from the proxy; with `--trust-proxy` listing the proxies (addresses or
 * subnets, e.g. 127.0.0.1 or 10.0.0.0/8), the address is read from X-Forwarded-For — the
 * rightmost entry that is not itself a trusted proxy — and only when the connection comes from
 * one of them. A client cannot choose its address by sending the header itself.
 */
import { BlockList, isIP } from 'node:net';

/** `::ffff:127.0.0.1` is 127.0.0.1. */
export function plainAddress(address: string): string {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return v4 ? v4[1]! : address;
}

export class TrustedProxies {
  private readonly list = new BlockList();
  readonly size: number;

  /** `entries`: addresses and CIDR subnets. Throws with a readable message on a bad entry. */
  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const [ip = '', bits] = entry.trim().split('/');
      const family = isIP(ip);
      if (!family || (bits !== undefined && !/^\d+$/.test(bits)))
        throw new Error(
          `--trust-proxy takes addresses or subnets such as 127.0.0.1 or 10.0.0.0/8, not “${entry}”.`,
        );
      const type = family === 4 ? 'ipv4' : 'ipv6';
      if (bits === undefined) this.list.addAddress(ip, type);
      else this.list.addSubnet(ip, Number(bits), type);
    }
    this.size = entries.length;
  }

  trusts(address: string): boolean {
    const ip = plainAddress(address);
    const family = isIP(ip);
    return family !== 0 && this.list.check(ip, family === 4 ? 'ipv4' : 'ipv6');
  }

  /** The client's address for a connection from `peer` carrying `forwarded` (X-Forwarded-For). */
  clientAddress(peer: string, forwarded: string | string[] | undefined): string {
    let address = plainAddress(peer);
    if (!this.size || !this.trusts(address) || forwarded === undefined) return address;
    const hops = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);
    while (hops.length && this.trusts(address)) {
      const hop = plainAddress(hops.pop()!);
      if (!isIP(hop)) break;
      address = hop;
    }
    return address;
  }
}
