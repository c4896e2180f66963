/**
 * Structured JSON logging. Secrets and the complainant's identity are redacted wherever they
 * appear in a logged object, so a log line can never leak them.
 */
import { type Logger, pino } from "pino";

export type { Logger };

const REDACTED_PATHS = [
  "token",
  "*.token",
  "botToken",
  "*.botToken",
  "signingSecret",
  "*.signingSecret",
  "appToken",
  "*.appToken",
  "password",
  "*.password",
  "apiKey",
  "*.apiKey",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "headers.cookie",
  "headers['x-api-key']",
  "complainant",
  "*.complainant",
  "complainantName",
  "*.complainantName",
  "complainantContact",
  "*.complainantContact",
  "databaseUrl",
  "*.databaseUrl",
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "nabuur" },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
