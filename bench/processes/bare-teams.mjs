/**
 * A bare Teams AI process, the Teams half of the baseline in bench/runtime.bench.ts: an
 * @microsoft/teams-ai Application on its TeamsAdapter (botbuilder's CloudAdapter) behind
 * POST /api/messages on express, without authentication (emulator mode, as TEAMS_ENABLED=true runs
 * Nabuur) and without handlers. Prints `ready <url>` once it listens on 127.0.0.1 (PORT, default a
 * free port).
 * Plain JavaScript, started with plain node like the compiled Nabuur.
 */
import { Application, TeamsAdapter } from "@microsoft/teams-ai";
import express from "express";

const adapter = new TeamsAdapter({});
const bot = new Application({ adapter });

const app = express();
app.post("/api/messages", express.json({ limit: "1mb" }), async (req, res) => {
  await adapter.process(req, res, async (context) => {
    await bot.run(context);
  });
});

const server = await new Promise((resolve, reject) => {
  const listening = app.listen(Number(process.env.PORT ?? 0), "127.0.0.1", (error) =>
    error ? reject(error) : resolve(listening),
  );
});
process.stdout.write(`ready http://127.0.0.1:${server.address().port}\n`);
