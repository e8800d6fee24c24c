/**
 * Encode mono 48 kHz PCM as Ogg Opus (RFC 7845) with libopus, through `opusscript` (libopus
 * compiled to WebAssembly: no native build, no download). The result is deterministic for the
 * same input and settings.
 *
 * Loops: a lossy codec's first and last frames are where a loop clicks. So a loop is encoded with
 * its own tail in front (pre-roll) and its own head behind (post-roll); the Opus header's pre-skip
 * and the last page's granule position tell the decoder to drop both, leaving exactly one period
 * whose end flows into its start.
 */
import OpusScript from 'opusscript';
import { concat, writeOggStream, type OggPacket } from './ogg.ts';

export const OPUS_RATE = 48_000;
const FRAME = 960; // 20 ms
/** libopus's algorithmic delay at 48 kHz in the AUDIO application: 2.5 ms + 4 ms look-ahead. */
const LOOKAHEAD = 312;
/** Pre-roll for loops: 80 ms, the decoder convergence RFC 7845 recommends. */
const PREROLL = 3840;
const POSTROLL = 1920;

const CTL = {
  SET_BITRATE: 4002,
  SET_VBR: 4006,
  SET_COMPLEXITY: 4010,
  SET_SIGNAL: 4024,
  SIGNAL_MUSIC: 3002,
} as const;

export interface OpusOptions {
  /** Target bit rate in bits per second (VBR). */
  bitrate: number;
  /** Encode as a seamless loop (see the module comment). */
  loop: boolean;
  /** Ogg stream serial number; derive it from the sound's id to keep files reproducible. */
  serial: number;
  /** Written into the OpusTags comment header (e.g. the sound's id). */
  title: string;
}

function opusHead(preSkip: number): Uint8Array {
  const out = new Uint8Array(19);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode('OpusHead'), 0);
  out[8] = 1; // version
  out[9] = 1; // channels
  view.setUint16(10, preSkip, true);
  view.setUint32(12, OPUS_RATE, true);
  view.setInt16(16, 0, true); // output gain
  out[18] = 0; // channel mapping family: mono/stereo
  return out;
}

function opusTags(comments: string[]): Uint8Array {
  const enc = new TextEncoder();
  const vendor = enc.encode('libopus 1.4 (opusscript), Rapport build/sounds.ts');
  const items = comments.map((c) => enc.encode(c));
  const size = 8 + 4 + vendor.length + 4 + items.reduce((n, c) => n + 4 + c.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(enc.encode('OpusTags'), 0);
  let at = 8;
  view.setUint32(at, vendor.length, true);
  out.set(vendor, (at += 4));
  at += vendor.length;
  view.setUint32(at, items.length, true);
  at += 4;
  for (const c of items) {
    view.setUint32(at, c.length, true);
    out.set(c, (at += 4));
    at += c.length;
  }
  return out;
}

function toInt16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.max(-1, Math.min(1, samples[i]!));
    out[i] = Math.round(v * 32767);
  }
  return out;
}

/** The stream the encoder sees: [pre-roll] period [post-roll], zero-padded to whole frames. */
function encoderInput(samples: Float32Array, loop: boolean): { input: Float32Array; preSkip: number } {
  const n = samples.length;
  const pre = loop ? PREROLL : 0;
  const post = loop ? POSTROLL : LOOKAHEAD;
  const total = Math.ceil((pre + n + post) / FRAME) * FRAME;
  const input = new Float32Array(total);
  if (loop) {
    for (let i = 0; i < pre; i++) input[i] = samples[(((n - pre + i) % n) + n) % n]!;
    for (let i = 0; i < post; i++) input[pre + n + i] = samples[i % n]!;
  }
  input.set(samples, pre);
  return { input, preSkip: LOOKAHEAD + pre };
}

/** Mono 48 kHz samples in −1..1 → a complete `.ogg` file. */
export function encodeOggOpus(samples: Float32Array, options: OpusOptions): Uint8Array {
  if (samples.length === 0) throw new Error(`${options.title}: no samples to encode`);
  const { input, preSkip } = encoderInput(samples, options.loop);
  const encoder = new OpusScript(OPUS_RATE, 1, OpusScript.Application.AUDIO);
  try {
    encoder.encoderCTL(CTL.SET_BITRATE, options.bitrate);
    encoder.encoderCTL(CTL.SET_VBR, 1);
    encoder.encoderCTL(CTL.SET_COMPLEXITY, 10);
    encoder.encoderCTL(CTL.SET_SIGNAL, CTL.SIGNAL_MUSIC);
    const pcm = toInt16(input);
    const packets: OggPacket[] = [];
    const end = BigInt(preSkip + samples.length);
    for (let at = 0; at < pcm.length; at += FRAME) {
      // opusscript takes the frame as little-endian 16-bit bytes (a Node Buffer).
      const frame = Buffer.from(pcm.buffer, at * 2, FRAME * 2);
      const data = new Uint8Array(encoder.encode(frame, FRAME));
      const granule = BigInt(at + FRAME);
      packets.push({ data, granule: granule < end ? granule : end });
    }
    // The last page's granule is smaller than the samples decoded: the decoder trims the rest.
    packets[packets.length - 1]!.granule = end;
    return writeOggStream(options.serial, [opusHead(preSkip), opusTags([`TITLE=${options.title}`])], packets);
  } finally {
    encoder.delete();
  }
}

export { concat };
