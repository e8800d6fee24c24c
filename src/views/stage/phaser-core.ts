/**
 * Phaser as the stage uses it. Every `import Phaser from 'phaser'` in the stage resolves here in
 * the build (vite.config.ts): instead of Phaser's prebuilt bundle (every module of Phaser, physics,
 * tilemaps and sound included, ~1.37 MB, evaluated in one task of ~100 ms without a GPU and over
 * 200 ms on a busy machine), the stage gets Phaser's own "core" entry built from its sources
 * (phaser/src/phaser-core.js: game, scenes, cameras, textures, the two renderers, input, loader,
 * tweens, images, graphics, text; 858 kB) plus the containers the stage draws with.
 *
 * It is still evaluated in one task when the stage loads. Evaluating it one group of modules per
 * task (a top-level await between dynamic imports of Phaser's modules) took every group under
 * 50 ms, but a top-level await anywhere in the stage's modules made the bundler split the modules
 * the stage shares with the first screen into a dozen small chunks: 20 files and 41.5 kB gzip
 * before the first choice instead of 7 files and 37.5 kB (bench/STAGE.md). A new Phaser feature the
 * stage starts to use (a game object, a plugin) must be added here if Phaser's core entry lacks it.
 *
 * Types come from the `phaser` package as before (this file is never reached by `tsc` through
 * `import Phaser from 'phaser'`).
 */
import type PhaserTypes from 'phaser';
import core from 'phaser-src/phaser-core.js';
import container from 'phaser-src/gameobjects/container/Container.js';

type Phaser = typeof PhaserTypes;

const Phaser = core as Phaser;
const Container = container as Phaser['GameObjects']['Container'];
Phaser.GameObjects.Container = Container;

/**
 * Containers are not in Phaser's core entry: `add.container` is registered here as Phaser's
 * ContainerFactory registers it. That module has no exports, so imported for its side effect the
 * bundler ran it (and the container and game-object modules it requires) with the Phaser chunk
 * itself, in one task, before the stage's loader (load.ts) could spread Phaser over several.
 */
interface FactoryThis {
  scene: PhaserTypes.Scene;
  displayList: PhaserTypes.GameObjects.DisplayList;
}
Phaser.GameObjects.GameObjectFactory.register(
  'container',
  function (this: FactoryThis, x?: number, y?: number, children?: PhaserTypes.GameObjects.GameObject[]) {
    return this.displayList.add(new Container(this.scene, x, y, children));
  },
);

export default Phaser;
