/**
 * A fake Bot Connector (the Bot Framework REST API a Teams bot calls): a real HTTP server on
 * 127.0.0.1 that answers like the Teams service does and records every request — the activities
 * and the Adaptive Card JSON in them. Failures can be injected per route (HTTP 429 with
 * Retry-After, 500, 403, 404). It also stands in for the OneDrive upload URL of Teams' file consent
 * flow: `uploadUrl(name)` is a URL on this server that takes the file's bytes with a PUT. And it
 * stands in for the OneDrive of a person who sends the bot a file in the personal chat:
 * `hostFile(name, bytes)` gives the pre-authorised downloadUrl Teams puts in the message's
 * `application/vnd.microsoft.teams.file.download.info` attachment.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type ConnectorRoute =
  | "createConversation"
  | "sendToConversation"
  | "replyToActivity"
  | "updateActivity"
  | "getMember"
  | "unknown";

export interface ConnectorRequest {
  route: ConnectorRoute;
  method: string;
  path: string;
  /** The conversation id from the path (decoded), or null for POST /v3/conversations. */
  conversationId: string | null;
  /** The activity id from the path (decoded), if any. */
  activityId: string | null;
  authorization: string | null;
  // biome-ignore lint/suspicious/noExplicitAny: recorded JSON is inspected freely by the tests
  body: any;
  /** The HTTP status the fake answered with. */
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the answer, e.g. { id } of a sent activity
  response: any;
}

export type ConnectorFailure =
  | { kind: "rateLimited"; retryAfterSeconds: number }
  | { kind: "http"; status: number; body?: unknown };

/** Bytes PUT to an upload URL (the file a person accepted in a consent card). */
export interface FakeFileUpload {
  path: string;
  contentType: string | null;
  contentRange: string | null;
  bytes: Buffer;
}

export interface FakeMember {
  id: string;
  name: string;
  aadObjectId: string;
  tenantId?: string;
}

const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

async function readJson(req: IncomingMessage): Promise<unknown> {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : null;
}

function routeOf(method: string, segments: string[]): ConnectorRoute {
  // segments: ["v3", "conversations", id?, "activities" | "members"?, activityId?]
  if (segments[0] !== "v3" || segments[1] !== "conversations") return "unknown";
  if (segments.length === 2 && method === "POST") return "createConversation";
  if (segments.length === 4 && segments[3] === "activities" && method === "POST") return "sendToConversation";
  if (segments.length === 5 && segments[3] === "activities" && method === "POST") return "replyToActivity";
  if (segments.length === 5 && segments[3] === "activities" && method === "PUT") return "updateActivity";
  if (segments.length === 5 && segments[3] === "members" && method === "GET") return "getMember";
  return "unknown";
}

export class FakeBotConnector {
  readonly requests: ConnectorRequest[] = [];
  /** Members known to GET /v3/conversations/:id/members/:memberId, by their Teams user id (29:…). */
  readonly members = new Map<string, FakeMember>();
  /** Files received on upload URLs, in order. */
  readonly uploads: FakeFileUpload[] = [];
  /** Files people sent to the bot, by the id in their downloadUrl. */
  private readonly hosted = new Map<string, Buffer>();
  /** Downloads of hosted files, by id, in order. */
  readonly downloads: string[] = [];
  private server: Server | null = null;
  private failures = new Map<ConnectorRoute | "anySend", ConnectorFailure[]>();
  private waiters: { predicate: () => boolean; resolve: () => void }[] = [];
  private activityCounter = 1_700_000_000_000;
  private conversationCounter = 0;
  /** The serviceUrl to put in inbound activities, e.g. http://127.0.0.1:1234/ */
  serviceUrl = "";

  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      if (url.pathname.startsWith("/upload/") && req.method === "PUT") {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const bytes = Buffer.concat(chunks);
        this.uploads.push({
          path: url.pathname,
          contentType: req.headers["content-type"] ?? null,
          contentRange: req.headers["content-range"] ?? null,
          bytes,
        });
        // OneDrive answers the last range of an upload session with the created drive item.
        res.statusCode = 201;
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ id: `item-${this.uploads.length}`, size: bytes.length }));
        this.notify();
        return;
      }
      if (url.pathname.startsWith("/files/") && req.method === "GET") {
        const id = url.pathname.split("/")[2] ?? "";
        const bytes = this.hosted.get(id);
        this.downloads.push(id);
        res.statusCode = bytes ? 200 : 404;
        if (bytes) res.setHeader("content-length", String(bytes.length));
        res.end(bytes ?? "");
        this.notify();
        return;
      }
      const segments = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
      const method = req.method ?? "GET";
      const route = routeOf(method, segments);
      const body = await readJson(req).catch(() => null);
      const isSend = route === "sendToConversation" || route === "replyToActivity";
      const failure =
        this.failures.get(route)?.shift() ?? (isSend ? this.failures.get("anySend")?.shift() : undefined);
      const status = failure ? (failure.kind === "rateLimited" ? 429 : failure.status) : 200;
      const reply = failure ? null : this.reply(route, segments, body);
      const finalStatus = reply === undefined ? 404 : status;
      this.requests.push({
        route,
        method,
        path: url.pathname,
        conversationId: segments[2] ?? null,
        activityId: segments[3] === "activities" ? (segments[4] ?? null) : null,
        authorization: req.headers.authorization ?? null,
        body,
        status: finalStatus,
        response: finalStatus === 200 ? reply : null,
      });
      res.setHeader("content-type", "application/json");
      res.statusCode = finalStatus;
      if (failure?.kind === "rateLimited") res.setHeader("retry-after", String(failure.retryAfterSeconds));
      if (failure) {
        res.end(
          JSON.stringify(
            failure.kind === "http" && failure.body ? failure.body : { error: { code: "Failed" } },
          ),
        );
      } else {
        res.end(JSON.stringify(reply ?? { error: { code: "NotFound", message: "unknown route" } }));
      }
      this.notify();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.serviceUrl = `http://127.0.0.1:${port}/`;
    return this.serviceUrl;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /**
   * The next `times` requests on this route fail as described. "anySend" matches both ways an
   * activity is sent (botbuilder's proactive sends use replyToActivity, not sendToConversation).
   */
  fail(route: ConnectorRoute | "anySend", failure: ConnectorFailure, times = 1): void {
    const queue = this.failures.get(route) ?? [];
    for (let i = 0; i < times; i++) queue.push(failure);
    this.failures.set(route, queue);
  }

  /** An upload URL on this server, as Teams puts it in `uploadInfo.uploadUrl` after a consent. */
  uploadUrl(name: string): string {
    return `${this.serviceUrl}upload/${encodeURIComponent(name)}`;
  }

  /** A file in a person's OneDrive: its pre-authorised download URL on this server. */
  hostFile(name: string, bytes: Buffer): string {
    const id = `file-${this.hosted.size + 1}`;
    this.hosted.set(id, bytes);
    return `${this.serviceUrl}files/${id}/${encodeURIComponent(name)}`;
  }

  /** Successful requests that sent or updated an activity. */
  activities(): ConnectorRequest[] {
    return this.requests.filter(
      (request) =>
        request.status === 200 &&
        (request.route === "sendToConversation" ||
          request.route === "replyToActivity" ||
          request.route === "updateActivity"),
    );
  }

  /** Adaptive Card JSON of every attachment in a recorded request. */
  static cardsOf(request: ConnectorRequest): Record<string, unknown>[] {
    const attachments = (request.body?.attachments ?? []) as { contentType?: string; content?: unknown }[];
    return attachments
      .filter((attachment) => attachment.contentType === ADAPTIVE_CARD)
      .map((attachment) => attachment.content as Record<string, unknown>);
  }

  /** Resolves when the predicate holds over the recorded requests (checked after each request). */
  waitFor(predicate: (requests: ConnectorRequest[]) => boolean, timeoutMs = 90_000): Promise<void> {
    if (predicate(this.requests)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error("timed out waiting for the fake Bot Connector")),
        timeoutMs,
      );
      this.waiters.push({
        predicate: () => predicate(this.requests),
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  private notify(): void {
    const waiting = this.waiters.splice(0);
    for (const waiter of waiting) {
      if (waiter.predicate()) waiter.resolve();
      else this.waiters.push(waiter);
    }
  }

  private reply(route: ConnectorRoute, segments: string[], _body: unknown): unknown {
    switch (route) {
      case "createConversation":
        this.conversationCounter++;
        return { id: `a:personal-${this.conversationCounter}`, serviceUrl: this.serviceUrl };
      case "sendToConversation":
      case "replyToActivity":
        this.activityCounter++;
        return { id: String(this.activityCounter) };
      case "updateActivity":
        return { id: segments[4] };
      case "getMember": {
        const member = this.members.get(segments[4] ?? "");
        return member ? { ...member, userRole: "user" } : undefined;
      }
      case "unknown":
        return undefined;
    }
  }
}
