/**
 * Socket Mode (SLACK_APP_TOKEN): no public URL needed. Slack's WebSocket is played by a ws server
 * on 127.0.0.1 that apps.connections.open points the real Bolt app at; the slash command arrives as
 * an envelope, is acked over the socket, and the answer goes through the Web API as usual.
 */
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { loadConfig } from "../../../src/config.ts";
import { type Nabuur, startNabuur } from "../../../src/server.ts";
import { FakeSlack } from "../../helpers/fake-slack.ts";
import { testLogger } from "../../helpers/test-logger.ts";
import { createWorld } from "../../helpers/world.ts";

/** A slash command as Slack sends it over the socket, in an envelope that must be acknowledged. */
function slashCommandEnvelope(envelopeId: string, command: string, text: string): string {
  return JSON.stringify({
    envelope_id: envelopeId,
    type: "slash_commands",
    accepts_response_payload: true,
    payload: {
      token: "legacy",
      team_id: "T1",
      channel_id: "CSHARED",
      user_id: "UWORKER",
      command,
      text,
      api_app_id: "A1",
      trigger_id: `trigger-${envelopeId}`,
      response_url: "http://127.0.0.1:9/response",
    },
  });
}

describe("Slack in Socket Mode", () => {
  const slack = new FakeSlack();
  let sockets: WebSocket.Server;
  let nabuur: Nabuur;
  let socket: WebSocket;
  const received: { envelope_id?: string }[] = [];

  beforeAll(async () => {
    const apiUrl = await slack.start();
    sockets = new WebSocket.Server({ host: "127.0.0.1", port: 0 });
    await new Promise<void>((resolve) => sockets.on("listening", () => resolve()));
    slack.socketUrl = `ws://127.0.0.1:${(sockets.address() as AddressInfo).port}/`;
    const connected = new Promise<WebSocket>((resolve) =>
      sockets.on("connection", (ws) => {
        ws.on("message", (data) => received.push(JSON.parse(String(data))));
        ws.send(
          JSON.stringify({
            type: "hello",
            num_connections: 1,
            debug_info: { host: "test" },
            connection_info: { app_id: "A1" },
          }),
        );
        resolve(ws);
      }),
    );
    nabuur = await startNabuur({
      config: loadConfig({
        PORT: "0",
        DATA_DIR: "memory://",
        SLACK_BOT_TOKEN: "xoxb-socket",
        SLACK_APP_TOKEN: "xapp-socket",
        SLACK_API_URL: apiUrl,
      }),
      logger: testLogger(),
      slackRetries: 0,
      schedulerCron: null,
    });
    await createWorld(nabuur.database.prisma);
    socket = await connected;
  });

  afterAll(async () => {
    await nabuur.stop();
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
    await slack.stop();
  });

  it("receives a slash command over the socket, acks it and answers in Dutch", async () => {
    socket.send(slashCommandEnvelope("env-1", "/nabuur", "help"));
    await slack.waitFor((calls) => calls.some((call) => call.method === "chat.postEphemeral"));
    expect(received.some((message) => message.envelope_id === "env-1")).toBe(true);
    const answer = slack.callsTo("chat.postEphemeral").at(-1)!;
    expect(answer.body.user).toBe("UWORKER");
    expect(String(answer.body.text)).toContain("/overlast");
  });
  it("acks an envelope that matches no listener at once, and does nothing with it", async () => {
    const answers = slack.callsTo("chat.postEphemeral").length;
    socket.send(slashCommandEnvelope("env-unroutable", "/onbekend", ""));
    const deadline = Date.now() + 15_000;
    while (!received.some((message) => message.envelope_id === "env-unroutable") && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(received.some((message) => message.envelope_id === "env-unroutable")).toBe(true);
    expect(slack.callsTo("chat.postEphemeral").length).toBe(answers);
  });
});
