/**
 * Which Phaser renderer the stage asks for. WebGL where the browser has a GPU; the 2D Canvas where
 * WebGL would run in software (SwiftShader, llvmpipe, Microsoft's basic render driver — virtual
 * desktops and laptops without a GPU driver, common in corporate training). Measured in headless
 * Chromium on software WebGL: every frame the stage drew while something moved cost a 200–470 ms
 * main-thread task, the compositor reading the WebGL canvas back ("GPU stall due to ReadPixels"),
 * against 30–60 ms on the Canvas renderer (bench/STAGE.md). The stage's pictures are bitmaps,
 * fades and moves, which the Canvas renderer draws as well.
 */

/** Renderer strings of WebGL implemented in software. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver|mesa offscreen|lavapipe/i;

export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE.test(renderer);
}

/**
 * Whether this browser has WebGL on a GPU: a probe context on a 1×1 canvas, read and let go. A
 * browser that will not say its renderer is taken at its word (WebGL on a GPU).
 */
export function hasHardwareWebgl(): boolean {
  let gl: WebGLRenderingContext | null = null;
  try {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    gl = canvas.getContext('webgl', { failIfMajorPerformanceCaveat: true });
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    return !isSoftwareRenderer(renderer);
  } catch {
    return false;
  } finally {
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  }
}
