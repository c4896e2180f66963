/**
 * What a start-up opened, closed again in reverse order — when the process stops, or at once when
 * the start-up itself fails half-way. Used by Nabuur's server and by the playground around it.
 */
import type { Server } from "node:http";
import type { Logger } from "./logger.ts";

export class Shutdown {
  private readonly stops: (() => Promise<void>)[] = [];
  private done = false;

  constructor(private readonly logger: Logger) {}

  /** Close this on shutdown: the last one added is closed first. */
  add(stop: () => Promise<void>): void {
    this.stops.push(stop);
  }

  /** Closes everything once (later calls return at once); a failing close is logged, the rest still run. */
  async run(): Promise<void> {
    if (this.done) return;
    this.done = true;
    for (const stop of this.stops.reverse())
      await stop().catch((error) => this.logger.error({ err: error }, "stop failed"));
  }
}

/** Stops accepting connections and ends the open ones (keep-alive clients would hold it open). */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
