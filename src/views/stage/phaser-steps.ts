/**
 * Phaser as the stage uses it, evaluated in steps. Every `import Phaser from 'phaser'` in the stage
 * resolves here in the build (vite.config.ts): instead of Phaser's prebuilt bundle (every module of
 * Phaser, physics, tilemaps and sound included, ~1.37 MB, evaluated in one task of ~100 ms without
 * a GPU and over 200 ms on a busy laptop), the stage gets Phaser's own "core" entry built from its
 * sources (phaser/src/phaser-core.js: game, scenes, cameras, textures, the two renderers, input,
 * loader, tweens, images, graphics, text; ~0.78 MB) plus the containers the stage draws with.
 *
 * Phaser's sources are CommonJS modules, which the bundler wraps so each runs the first time it is
 * required. The top-level await below requires them a group at a time, one group per task, with a
 * turn of the event loop between: a key press or a paint gets in between the groups, and no group
 * takes a long task (each was 7–30 ms in headless Chromium at 2 cores under load; bench/STAGE.md).
 * The stage's modules wait for this one before they evaluate, so nothing else changes for them.
 *
 * Types come from the `phaser` package as before (this file is never reached by `tsc` through
 * `import Phaser from 'phaser'`).
 */
import type PhaserTypes from 'phaser';

type Phaser = typeof PhaserTypes;

/** Groups of Phaser's modules, in dependency order, each a few milliseconds' evaluation. */
const STEPS: (() => Promise<unknown>)[] = [
  () => import('phaser-src/polyfills/requestVideoFrame.js'),
  () => import('phaser-src/math/index.js'),
  () => import('phaser-src/geom/index.js'),
  () => import('phaser-src/display/index.js'),
  () => Promise.all([import('phaser-src/events/index.js'), import('phaser-src/structs/index.js')]),
  () => import('phaser-src/utils/index.js'),
  () => import('phaser-src/gameobjects/GameObject.js'),
  () => import('phaser-src/gameobjects/components/index.js'),
  () => import('phaser-src/renderer/index.js'),
  () => import('phaser-src/textures/index.js'),
  () => import('phaser-src/cameras/2d/index.js'),
  () => import('phaser-src/input/index.js'),
  () => import('phaser-src/loader/index.js'),
  () => import('phaser-src/tweens/index.js'),
  () => Promise.all([import('phaser-src/scale/index.js'), import('phaser-src/scene/index.js')]),
  () => import('phaser-src/core/Game.js'),
  () =>
    Promise.all([
      import('phaser-src/gameobjects/text/Text.js'),
      import('phaser-src/gameobjects/graphics/Graphics.js'),
    ]),
];

/** A turn of the event loop: what waits (input, a frame) runs before the next group. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

for (const step of STEPS) {
  await step();
  await nextTask();
}
const core = (await import('phaser-src/phaser-core.js')).default as Phaser;
await nextTask();
// Containers are not in Phaser's core entry: their factory registers `scene.add.container`.
const [container] = await Promise.all([
  import('phaser-src/gameobjects/container/Container.js'),
  import('phaser-src/gameobjects/container/ContainerFactory.js'),
  import('phaser-src/gameobjects/container/ContainerCreator.js'),
]);
core.GameObjects.Container = container.default as Phaser['GameObjects']['Container'];

export default core;
