/**
 * Two defences on the way out: Slack mrkdwn in anything a person typed is made inert (no
 * @channel/@here pings, no links that look like something else), and the structured log never
 * carries a secret or a complainant's identity.
 */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { cardToBlockKit, escapeMrkdwn } from "../../../src/bot/slack/render-blocks.ts";
import type { Card } from "../../../src/flows/cards/card.ts";
import { createLogger } from "../../../src/logger.ts";

/** The text of every mrkdwn object in a Block Kit structure. */
function mrkdwnTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(mrkdwnTexts);
  if (value === null || typeof value !== "object") return [];
  const node = value as Record<string, unknown>;
  const own = node.type === "mrkdwn" && typeof node.text === "string" ? [node.text] : [];
  return [...own, ...Object.values(node).flatMap(mrkdwnTexts)];
}

const TYPED = "<!channel> kijk <https://phish.example|hier> & <!here|here> <@U0SANNE001>";

describe("Slack mrkdwn escaping of typed text", () => {
  it("turns control sequences into plain text; only user mentions stay", () => {
    expect(escapeMrkdwn(TYPED)).toBe(
      "&lt;!channel&gt; kijk &lt;https://phish.example|hier&gt; &amp; &lt;!here|here&gt; <@U0SANNE001>",
    );
  });

  it("in every block and in the notification text, also when a long card is cut short", () => {
    const card = (blocks: number): Card => ({
      summary: TYPED,
      blocks: [
        { type: "header", text: TYPED },
        { type: "text", text: TYPED },
        { type: "fields", fields: [{ label: TYPED, value: TYPED }] },
        { type: "context", text: TYPED },
        ...Array.from({ length: blocks }, () => ({ type: "text" as const, text: TYPED })),
      ],
    });
    for (const size of [0, 60]) {
      const message = cardToBlockKit(card(size));
      // Slack reads mrkdwn in the notification text and in mrkdwn objects; plain_text is never parsed.
      const parsed = [message.text, ...mrkdwnTexts(message.blocks)];
      expect(parsed.length).toBeGreaterThan(3);
      for (const text of parsed) {
        expect(text).not.toContain("<!channel>");
        expect(text).not.toContain("<!here");
        expect(text).not.toContain("<https://phish.example");
      }
    }
  });
});

describe("log redaction", () => {
  it("never writes tokens, passwords, API keys, authorization headers or the complainant", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, callback) {
        lines.push(String(chunk));
        callback();
      },
    });
    const logger = createLogger("info", sink);
    logger.info(
      {
        token: "xoxb-secret-1",
        botToken: "xoxb-secret-2",
        signingSecret: "signing-secret-3",
        password: "password-4",
        apiKey: "nbr_abc_secret-5",
        headers: { authorization: "Bearer secret-6", cookie: "session=secret-7", "x-api-key": "secret-8" },
        complainant: { name: "Mevrouw Geheim", contact: "06-12345678" },
        complaint: { complainantName: "Meneer Geheim", complainantContact: "buur@example.org" },
        databaseUrl: "postgresql://nabuur:secret-9@db/nabuur",
        config: { appToken: "xapp-secret-10", password: "secret-11" },
      },
      "something happened",
    );
    const written = lines.join("");
    for (const secret of [
      "xoxb-secret-1",
      "xoxb-secret-2",
      "signing-secret-3",
      "password-4",
      "secret-5",
      "secret-6",
      "secret-7",
      "secret-8",
      "Mevrouw Geheim",
      "06-12345678",
      "Meneer Geheim",
      "buur@example.org",
      "secret-9",
      "xapp-secret-10",
      "secret-11",
    ]) {
      expect(written).not.toContain(secret);
    }
    expect(written).toContain("[redacted]");
    expect(written).toContain("something happened");
  });
});
