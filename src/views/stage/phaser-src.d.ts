/**
 * Phaser's own source modules (node_modules/phaser/src, CommonJS), reached through the build's
 * `phaser-src/` alias (vite.config.ts) by phaser-core.ts only. Their types are the `phaser`
 * package's; here each is a module's exports, cast where used.
 */
declare module 'phaser-src/*' {
  const exports: unknown;
  export default exports;
}
