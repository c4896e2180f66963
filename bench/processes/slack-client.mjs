// Slack's side of the ack benchmark (bench/slack-ack.bench.ts): a process of its own that signs
// each request it is sent over IPC, posts it, reads the whole answer and reports the status and
// the time from sending to the end of the answer. Plain JavaScript: nothing to load but Node.
import { createHmac } from "node:crypto";

process.on("message", async ({ id, url, body, secret }) => {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": signature,
      },
      body,
    });
    await response.arrayBuffer();
    process.send({ id, status: response.status, elapsed: performance.now() - started });
  } catch (error) {
    process.send({ id, status: 0, elapsed: performance.now() - started, error: String(error) });
  }
});
// The parent's end is the client's end.
process.on("disconnect", () => process.exit(0));
process.send({ ready: true });
