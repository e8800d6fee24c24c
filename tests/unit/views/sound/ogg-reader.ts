/**
 * Test helper: read an Ogg Opus file back — pages with their CRCs checked, the Opus header, the
 * packets — and decode it with libopus (opusscript), trimmed the way a browser trims it
 * (pre-skip at the start, the last granule position at the end).
 */
import OpusScript from 'opusscript';
import { oggCrc } from '../../../../build/sound/ogg.ts';

export interface OggPage {
  flags: number;
  granule: bigint;
  serial: number;
  sequence: number;
  crcOk: boolean;
  packets: Uint8Array[];
  /** The page ends inside a packet that continues on the next page. */
  open: boolean;
}

export function readPages(bytes: Uint8Array): OggPage[] {
  const pages: OggPage[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  while (at < bytes.length) {
    const magic = String.fromCharCode(...bytes.subarray(at, at + 4));
    if (magic !== 'OggS') throw new Error(`no Ogg page at byte ${at}`);
    const count = bytes[at + 26]!;
    const lacing = [...bytes.subarray(at + 27, at + 27 + count)];
    const bodyLength = lacing.reduce((n, v) => n + v, 0);
    const length = 27 + count + bodyLength;
    const page = bytes.slice(at, at + length);
    const stored = view.getUint32(at + 22, true);
    new DataView(page.buffer).setUint32(22, 0, true);
    const packets: Uint8Array[] = [];
    let start = at + 27 + count;
    let size = 0;
    for (const v of lacing) {
      size += v;
      if (v < 255) {
        packets.push(bytes.subarray(start, start + size));
        start += size;
        size = 0;
      }
    }
    pages.push({
      flags: bytes[at + 5]!,
      granule: view.getBigInt64(at + 6, true),
      serial: view.getUint32(at + 14, true),
      sequence: view.getUint32(at + 18, true),
      crcOk: oggCrc(page) === stored,
      packets,
      open: lacing.length > 0 && lacing[lacing.length - 1] === 255,
    });
    at += length;
  }
  return pages;
}

export interface OpusFile {
  pages: OggPage[];
  preSkip: number;
  channels: number;
  /** Samples (48 kHz) a decoder outputs after trimming: last granule − pre-skip. */
  length: number;
  audioPackets: Uint8Array[];
}

export function readOpus(bytes: Uint8Array): OpusFile {
  const pages = readPages(bytes);
  const head = pages[0]!.packets[0]!;
  if (String.fromCharCode(...head.subarray(0, 8)) !== 'OpusHead')
    throw new Error('first packet is not OpusHead');
  const headView = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const preSkip = headView.getUint16(10, true);
  const tags = pages[1]!.packets[0]!;
  if (String.fromCharCode(...tags.subarray(0, 8)) !== 'OpusTags')
    throw new Error('second packet is not OpusTags');
  const last = pages[pages.length - 1]!;
  return {
    pages,
    preSkip,
    channels: head[9]!,
    length: Number(last.granule) - preSkip,
    audioPackets: pages.slice(2).flatMap((p) => p.packets),
  };
}

/** Decode to float samples, trimmed as RFC 7845 says (and Chromium does). */
export function decodeOpus(bytes: Uint8Array): Float32Array {
  const file = readOpus(bytes);
  const decoder = new OpusScript(48_000, 1, OpusScript.Application.AUDIO);
  try {
    const all: number[] = [];
    for (const packet of file.audioPackets) {
      const pcm = decoder.decode(Buffer.from(packet));
      const ints = new Int16Array(pcm.buffer, pcm.byteOffset, pcm.length / 2);
      for (const v of ints) all.push(v / 32768);
    }
    return Float32Array.from(all.slice(file.preSkip, file.preSkip + file.length));
  } finally {
    decoder.delete();
  }
}
