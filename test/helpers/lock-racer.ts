/**
 * One of the two processes of the lock race (test/integration/store/data-dir-lock.test.ts). At
 * the given moments (one per directory) it tries to take the lock of each directory, and prints
 * one line of JSON: whether it was ready before the first moment, and per directory "won",
 * "refused" or the error. It keeps what it won until its stdin closes, so the other racer never
 * finds a lock released by an early finish.
 *
 * The two racers start each directory a little apart, one ahead in one round, the other in the
 * next, from 0 to 200 µs: an unsafe takeover loses only when one process acts in the few
 * microseconds between two steps of the other, and the sweep makes sure such offsets are tried.
 *
 *   node --import tsx test/helpers/lock-racer.ts <a|b> <first moment, epoch ms> <ms between> <dir>...
 */
import { performance } from "node:perf_hooks";
import { acquireDataDirLock, DataDirLockedError } from "../../src/store/data-dir-lock.ts";

const [role, first, between, ...dirs] = process.argv.slice(2);
const now = () => performance.timeOrigin + performance.now();
const onTime = now() < Number(first);
const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** 1 ms between finding a lock stale and taking it over: the other racer acts in between. */
const pause = () => Atomics.wait(sleeper, 0, 0, 1);
const results = dirs.map((dir, index) => {
  const offset = (((index % 50) - 25) * 8) / 1000;
  const at = Number(first) + index * Number(between) + Math.max(0, role === "a" ? offset : -offset);
  // Busy-wait: a timer is not that precise.
  while (now() < at) {
    // spin
  }
  try {
    acquireDataDirLock(dir, { onStale: pause });
    return "won";
  } catch (error) {
    return error instanceof DataDirLockedError ? "refused" : `error: ${(error as Error).message}`;
  }
});
process.stdout.write(`${JSON.stringify({ onTime, results })}\n`);
process.stdin.resume();
process.stdin.on("end", () => process.exit(0));
