/**
 * The stage's code, loaded so that no single task evaluates all of it.
 *
 * Phaser's modules are CommonJS: the bundler wraps each in a function that runs on its first
 * `require`, so evaluating the stage's module ran every one of Phaser's modules in one task (the
 * stage module's evaluation: 47–79 ms without a GPU, bench/STAGE.md). Here Phaser's large parts are
 * imported first, one part per task: `import()` of a module of the Phaser chunk runs that module
 * and what it requires when the import resolves, and nothing else. The stage's own module comes
 * last and finds them evaluated. No top-level `await` (which made the bundler split the modules the
 * stage shares with the first screen into many chunks); the parts are modules of the one Phaser
 * chunk (vite.config.ts), so the network sees the same files as before.
 *
 * The parts follow Phaser's core entry (phaser-src/phaser-core.js, which the stage's `phaser`
 * resolves to: phaser-core.ts); what no part names is evaluated with the stage's module.
 */
import { yieldToMain } from '../../platform/schedule.ts';

type StageModule = typeof import('./stage.ts');

/** Each part's modules are evaluated in one task; parts in order (later ones reuse earlier ones). */
const PHASER_PARTS: (() => Promise<unknown>[])[] = [
  () => [import('phaser-src/gameobjects/components/index.js')],
  // The containers the stage adds (phaser-core.ts registers `add.container`).
  () => [
    import('phaser-src/gameobjects/container/Container.js'),
    import('phaser-src/gameobjects/GameObjectFactory.js'),
  ],
  () => [import('phaser-src/renderer/webgl/index.js')],
  () => [import('phaser-src/renderer/index.js'), import('phaser-src/textures/index.js')],
  () => [
    import('phaser-src/gameobjects/graphics/Graphics.js'),
    import('phaser-src/gameobjects/text/Text.js'),
    import('phaser-src/gameobjects/image/Image.js'),
    import('phaser-src/gameobjects/sprite/Sprite.js'),
  ],
  () => [
    import('phaser-src/input/index.js'),
    import('phaser-src/cameras/2d/index.js'),
    import('phaser-src/tweens/index.js'),
  ],
  () => [
    import('phaser-src/core/index.js'),
    import('phaser-src/scene/index.js'),
    import('phaser-src/loader/LoaderPlugin.js'),
    import('phaser-src/animations/index.js'),
  ],
];

/** The stage's module, Phaser evaluated a part per task before it. */
export async function loadStage(): Promise<StageModule> {
  for (const [i, part] of PHASER_PARTS.entries()) {
    const start = performance.now();
    await Promise.all(part());
    // Each part's evaluation, for the stage's benchmark (bench/STAGE.md) and the Performance panel.
    performance.measure(`rapport:phaser-part-${i}`, { start, end: performance.now() });
    await yieldToMain();
  }
  return import('./stage.ts');
}
