/**
 * Sends requests to the app's request URL the way Slack does: signed with the signing secret
 * (`v0=` HMAC-SHA256 of `v0:<timestamp>:<body>`), with the real time as timestamp so the app's
 * replay check accepts them whatever the playground's clock shows.
 */
import { createHmac } from "node:crypto";
import { request as httpRequest } from "node:http";

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

interface AppResponse {
  status: number;
  /** The parsed JSON body, or null for an empty (or non-JSON) body. */
  json: Record<string, unknown> | null;
}

export interface SignedClient {
  /** A slash command or an interaction (form-encoded). */
  postForm(body: string): Promise<AppResponse>;
  /** An Events API callback (JSON). */
  postEvent(event: Record<string, unknown>): Promise<AppResponse>;
}

/** One request on its own connection: no idle keep-alive socket the app's server may close under it. */
function send(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      {
        method: "POST",
        agent: false,
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)), connection: "close" },
        timeout: timeoutMs,
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          text += chunk;
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error("the app did not answer in time")));
    request.on("error", reject);
    request.end(body);
  });
}

export function createSignedClient(
  url: string,
  secret: string,
  now: () => number = Date.now,
  timeoutMs = 10_000,
): SignedClient {
  async function post(body: string, contentType: string): Promise<AppResponse> {
    const timestamp = Math.floor(now() / 1000);
    const response = await send(
      url,
      {
        "content-type": contentType,
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": slackSignature(secret, timestamp, body),
        "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
      },
      body,
      timeoutMs,
    );
    let json: Record<string, unknown> | null = null;
    try {
      const parsed: unknown = response.text ? JSON.parse(response.text) : null;
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
        json = parsed as Record<string, unknown>;
    } catch {
      json = null;
    }
    return { status: response.status, json };
  }

  return {
    postForm: (body) => post(body, "application/x-www-form-urlencoded"),
    postEvent: (event) => post(JSON.stringify(event), "application/json"),
  };
}
