/**
 * A minimal Ogg page writer (RFC 3533) for one logical stream: enough to wrap Opus packets in an
 * `.ogg` file a browser can decode. Deterministic — the serial number is passed in, never random.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let r = i << 24;
    for (let k = 0; k < 8; k++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
    table[i] = r >>> 0;
  }
  return table;
})();

/** Ogg's CRC-32: polynomial 0x04c11db7, not reflected, initial value 0, no final xor. */
export function oggCrc(bytes: Uint8Array): number {
  let crc = 0;
  for (const b of bytes) crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ b) & 0xff]!) >>> 0;
  return crc >>> 0;
}

export interface OggPacket {
  data: Uint8Array;
  /** Granule position after this packet (the codec's meaning; for Opus, 48 kHz samples). */
  granule: bigint;
}

const FLAG_CONTINUED = 0x01;
const FLAG_BOS = 0x02;
const FLAG_EOS = 0x04;

function lacing(length: number): number[] {
  const out: number[] = [];
  let n = length;
  while (n >= 255) {
    out.push(255);
    n -= 255;
  }
  out.push(n);
  return out;
}

function page(
  serial: number,
  sequence: number,
  flags: number,
  granule: bigint,
  segments: number[],
  body: Uint8Array,
): Uint8Array {
  const header = 27 + segments.length;
  const out = new Uint8Array(header + body.length);
  const view = new DataView(out.buffer);
  out.set([0x4f, 0x67, 0x67, 0x53], 0); // "OggS"
  out[4] = 0;
  out[5] = flags;
  view.setBigInt64(6, granule, true);
  view.setUint32(14, serial >>> 0, true);
  view.setUint32(18, sequence, true);
  view.setUint32(22, 0, true);
  out[26] = segments.length;
  out.set(segments, 27);
  out.set(body, header);
  view.setUint32(22, oggCrc(out), true);
  return out;
}

/**
 * Lay packets out in pages. `headers` each get a page of their own (as Opus and Vorbis require);
 * audio packets fill pages of at most `packetsPerPage` packets, the last page marked end-of-stream.
 * A page's granule position is that of the last packet completed on it.
 */
export function writeOggStream(
  serial: number,
  headers: Uint8Array[],
  packets: OggPacket[],
  packetsPerPage = 50,
): Uint8Array {
  const pages: Uint8Array[] = [];
  let sequence = 0;
  headers.forEach((h, i) => {
    pages.push(page(serial, sequence++, i === 0 ? FLAG_BOS : 0, 0n, lacing(h.length), h));
  });
  for (let start = 0; start < packets.length; start += packetsPerPage) {
    const group = packets.slice(start, start + packetsPerPage);
    const segments = group.flatMap((p) => lacing(p.data.length));
    if (segments.length > 255) throw new Error('ogg: too many segments for one page; lower packetsPerPage');
    const body = concat(group.map((p) => p.data));
    const last = start + packetsPerPage >= packets.length;
    const granule = group[group.length - 1]!.granule;
    pages.push(page(serial, sequence++, last ? FLAG_EOS : 0, granule, segments, body));
  }
  return concat(pages);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// Not used by the writer, kept for readers in tests.
export { FLAG_BOS, FLAG_CONTINUED, FLAG_EOS };
