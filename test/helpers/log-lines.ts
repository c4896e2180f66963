/** A pino destination that keeps every line, to assert what was logged and at which level. */
import { Writable } from "node:stream";

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** pino's levels. */
export const WARN = 40;
export const ERROR = 50;

export class LogLines extends Writable {
  readonly lines: LogLine[] = [];

  override _write(chunk: Buffer, _encoding: string, callback: () => void): void {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (line.trim()) this.lines.push(JSON.parse(line) as LogLine);
    }
    callback();
  }

  /** The lines logged since `from` (an earlier `lines.length`), at `level` or above. */
  since(from: number, level = 0): LogLine[] {
    return this.lines.slice(from).filter((line) => line.level >= level);
  }

  /** The lines at exactly `level`, since `from`. */
  at(level: number, from = 0): LogLine[] {
    return this.lines.slice(from).filter((line) => line.level === level);
  }
}
