/**
 * Composition root: config → store → services → adapters → scheduler → HTTP.
 * main.ts calls it with the environment; integration tests call it in-process.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { registerHealthRoutes } from "./api/health.ts";
import type { Config } from "./config.ts";
import type { Logger } from "./logger.ts";
import { type Database, openDatabase } from "./store/database.ts";

export interface Nabuur {
  url: string;
  database: Database;
  stop(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  logger: Logger;
}

/** Which platforms the configuration turns on, and what is missing for the others. */
export function describePlatforms(config: Config): { slack: boolean; teams: boolean; message: string } {
  const slack = Boolean(config.SLACK_BOT_TOKEN && (config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN));
  const teams = false;
  const parts = [
    slack
      ? `Slack: on (${config.SLACK_APP_TOKEN ? "Socket Mode" : "HTTP at /slack/events"})`
      : "Slack: off — set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP) or SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode)",
    "Teams: off — not available in this version",
  ];
  return { slack, teams, message: parts.join("; ") };
}

export async function startNabuur({ config, logger }: StartOptions): Promise<Nabuur> {
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const applied = await database.migrate();
    logger.info({ database: database.kind, applied }, "database ready");

    const app = express();
    app.disable("x-powered-by");
    const router = express.Router();
    registerHealthRoutes(router, () => database.isReady());
    app.use(router);

    const server: Server = await new Promise((resolve, reject) => {
      const listening = app.listen(config.PORT, config.HOST, (error?: Error) =>
        error ? reject(error) : resolve(listening),
      );
    });
    const address = server.address() as AddressInfo;
    const url = `http://${address.address}:${address.port}`;
    logger.info({ url }, "Nabuur is listening");
    logger.info(describePlatforms(config).message);

    let stopped = false;
    return {
      url,
      database,
      async stop() {
        if (stopped) return;
        stopped = true;
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
