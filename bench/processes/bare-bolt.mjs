/**
 * A bare Bolt process, the Slack half of the baseline in bench/runtime.bench.ts: an App with the
 * ExpressReceiver Nabuur uses over HTTP and listeners that only ack. SLACK_BOT_TOKEN,
 * SLACK_SIGNING_SECRET and SLACK_API_URL (a local Web API that answers auth.test) come from the
 * environment. Prints `ready <url>` once it listens on 127.0.0.1 (PORT, default a free port).
 * Plain JavaScript, started with plain node like the compiled Nabuur.
 */
import { App, ExpressReceiver, LogLevel } from "@slack/bolt";

const receiver = new ExpressReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? "",
  endpoints: "/slack/events",
  processBeforeResponse: false,
  logLevel: LogLevel.ERROR,
});
const app = new App({
  token: process.env.SLACK_BOT_TOKEN ?? "",
  receiver,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL ?? "https://slack.com/api/" },
  logLevel: LogLevel.ERROR,
});
app.command(/.*/, async ({ ack }) => {
  await ack();
});
app.action(/.*/, async ({ ack }) => {
  await ack();
});
app.view(/.*/, async ({ ack }) => {
  await ack();
});

const server = await new Promise((resolve, reject) => {
  const listening = receiver.app.listen(Number(process.env.PORT ?? 0), "127.0.0.1", (error) =>
    error ? reject(error) : resolve(listening),
  );
});
process.stdout.write(`ready http://127.0.0.1:${server.address().port}\n`);
