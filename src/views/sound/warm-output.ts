/**
 * The browser's audio output, started before Web Audio's first context is made.
 *
 * In Chromium, `new AudioContext()` asks the browser, synchronously, for the output device's
 * settings. The first time in a browser session that means starting the browser's audio service,
 * and the page's main thread waits for it: 60-440 ms in one task (bench/STAGE.md), a frozen page
 * just after the learner's first press. A media element's playback starts the same service without
 * holding up the page (its `play()` resolves 120-480 ms later, the page free meanwhile), so sound's
 * start plays a moment of silence through a muted `<audio>` first and makes the context once that
 * is playing: the context then takes 2-19 ms, and stays that cheap 20 s later.
 *
 * Muted, so nothing is heard and no "playing" indicator or media notification appears (browsers
 * allow muted playback without a gesture, too). Never fails: a browser without media elements,
 * one that refuses to play, or one that takes longer than `timeoutMs` only skips the warm-up.
 */

/** A short silent WAV (16-bit mono PCM): every browser decodes it natively, and it needs no request. */
function silentWav(sampleRate = 8000, seconds = 0.05): Uint8Array<ArrayBuffer> {
  const samples = Math.round(sampleRate * seconds);
  const bytes = new Uint8Array(44 + samples * 2);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number, text: string) => {
    for (let i = 0; i < text.length; i++) bytes[at + i] = text.charCodeAt(i);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // the format chunk's size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // one channel
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes a second
  view.setUint16(32, 2, true); // bytes a frame
  view.setUint16(34, 16, true); // bits a sample
  ascii(36, 'data');
  view.setUint32(40, samples * 2, true);
  return bytes; // the samples are zeros: silence
}

/** Resolves once a muted moment of silence is playing (or could not be, or `timeoutMs` passed). */
export function warmAudioOutput(timeoutMs = 1500): Promise<void> {
  if (typeof Audio === 'undefined' || typeof URL.createObjectURL !== 'function') return Promise.resolve();
  let url: string;
  let element: HTMLAudioElement;
  let playing: Promise<unknown>;
  try {
    url = URL.createObjectURL(new Blob([silentWav()], { type: 'audio/wav' }));
    element = new Audio();
    element.muted = true;
    element.src = url;
    playing = element.play();
  } catch {
    return Promise.resolve();
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  return Promise.race([playing.catch(() => {}), late]).then(() => {
    clearTimeout(timer);
    element.pause();
    element.removeAttribute('src');
    URL.revokeObjectURL(url);
  });
}
