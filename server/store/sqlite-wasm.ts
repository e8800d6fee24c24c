/**
 * node-sqlite3-wasm (SQLite compiled to WebAssembly), loaded with V8's WebAssembly baseline
 * compiler off, so that SQLite's functions are compiled by the optimising compiler the first time
 * they run, never run on baseline code.
 *
 * V8 normally runs WebAssembly on baseline code (Liftoff) and optimises a function only once it has
 * run for a while ("dynamic tiering"). For the store that meant the first bursts of votes ran on
 * baseline code: 1,000 votes took 75–128 ms to be durable (70–250 ms of CPU) in a fresh process,
 * and only after four or five such bursts the ~10 ms they take once optimised; the warm-up on an
 * in-memory database (open.ts) did not get there. With the optimising compiler from the start the
 * first burst takes 9–13 ms; the price is about 0.1 s more to load SQLite at the server's start
 * (bench/RESULTS.md, "Live rooms"). The flag is the process's: the server runs no other WebAssembly.
 *
 * Everything that uses SQLite in the server imports it from here, never from the package, so the
 * flag is set before the module is compiled (it is compiled when it is first required).
 */
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import type SqliteModule from 'node-sqlite3-wasm';

setFlagsFromString('--no-liftoff');
const sqlite = createRequire(import.meta.url)('node-sqlite3-wasm') as typeof SqliteModule;

export default sqlite;
