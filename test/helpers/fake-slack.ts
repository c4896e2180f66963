/**
 * A fake Slack Web API: a real HTTP server on 127.0.0.1 answering /api/<method> like Slack does,
 * recording every call. Failures can be injected (HTTP 429 with Retry-After, 500, {ok:false}).
 * File uploads (files.uploadV2) work as on Slack: files.getUploadURLExternal hands out an upload
 * URL on this server, the bytes POSTed there are kept, files.completeUploadExternal shares them.
 * Files a person gives in a modal's file_input are hosted here too (`hostFile`): files.info names
 * their url_private_download on this server, which hands the bytes out to the bot's token only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface SlackCall {
  method: string;
  body: Record<string, unknown>;
  at: number;
}

type Failure =
  | { kind: "rateLimited"; retryAfterSeconds: number }
  | { kind: "http"; status: number }
  | { kind: "slackError"; error: string };

const JSON_FIELDS = new Set(["blocks", "view", "attachments", "metadata", "files"]);

/** A file announced with files.getUploadURLExternal; `bytes` once POSTed, `channelId` once shared. */
export interface FakeUpload {
  fileId: string;
  filename: string;
  length: number;
  bytes: Buffer | null;
  title: string | null;
  channelId: string | null;
}

/** The bytes of an upload: the WebClient POSTs them as multipart/form-data (or raw). */
async function readUpload(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers["content-type"] ?? "";
  if (!type.includes("multipart/form-data")) return raw;
  const form = await new Response(raw, { headers: { "content-type": type } }).formData();
  const file = [...form.values()].find((value) => typeof value !== "string");
  return file ? Buffer.from(await (file as Blob).arrayBuffer()) : raw;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  const type = req.headers["content-type"] ?? "";
  if (type.includes("application/json")) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = JSON_FIELDS.has(key) && /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return body;
}

/** A file a person uploaded in a modal (file_input), as Slack keeps it. */
export interface HostedFile {
  id: string;
  name: string;
  mimetype: string;
  bytes: Buffer;
}

/** The token the bot must send to download a hosted file (the harness's SLACK_BOT_TOKEN). */
export const FAKE_SLACK_BOT_TOKEN = "xoxb-test-token";

export class FakeSlack {
  readonly calls: SlackCall[] = [];
  /** Files people uploaded in modals, by file id. */
  readonly hosted = new Map<string, HostedFile>();
  /** Files uploaded with files.uploadV2, by file id. */
  readonly uploads = new Map<string, FakeUpload>();
  private server: Server | null = null;
  private failures = new Map<string, Failure[]>();
  private tsCounter = 1_700_000_000;
  private listeners: (() => void)[] = [];
  /** Channel id returned by conversations.open, per user id. */
  dmChannelOf = (userId: string) => `D${userId}`;
  url = "";
  /** Socket Mode: the WebSocket URL apps.connections.open hands out (a test's own ws server). */
  socketUrl: string | null = null;

  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      if ((req.url ?? "").startsWith("/upload/")) {
        await this.receiveUpload(req, res);
        return;
      }
      if ((req.url ?? "").startsWith("/download/")) {
        this.download(req, res);
        return;
      }
      const method = (req.url ?? "").replace(/^\/api\//, "").split("?")[0] ?? "";
      const body = await readBody(req);
      const failure = this.failures.get(method)?.shift();
      res.setHeader("content-type", "application/json");
      if (failure?.kind === "rateLimited") {
        res.statusCode = 429;
        res.setHeader("retry-after", String(failure.retryAfterSeconds));
        res.end(JSON.stringify({ ok: false, error: "ratelimited" }));
        return;
      }
      if (failure?.kind === "http") {
        res.statusCode = failure.status;
        res.end("{}");
        return;
      }
      this.calls.push({ method, body, at: Date.now() });
      for (const listener of this.listeners.splice(0)) listener();
      if (failure?.kind === "slackError") {
        res.end(JSON.stringify({ ok: false, error: failure.error }));
        return;
      }
      res.end(JSON.stringify(this.reply(method, body)));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/api/`;
    return this.url;
  }

  private reply(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case "apps.connections.open":
        return this.socketUrl
          ? { ok: true, url: this.socketUrl }
          : { ok: false, error: "not_allowed_token_type" };
      case "auth.test":
        return { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1", team: "Test", user: "nabuur" };
      case "chat.postMessage": {
        this.tsCounter++;
        return {
          ok: true,
          channel: body.channel,
          ts: `${this.tsCounter}.000100`,
          message: { text: body.text },
        };
      }
      case "chat.update":
        return { ok: true, channel: body.channel, ts: body.ts };
      case "chat.postEphemeral":
        return { ok: true, message_ts: `${this.tsCounter}.000200` };
      case "conversations.open":
        return { ok: true, channel: { id: this.dmChannelOf(String(body.users)) } };
      case "files.getUploadURLExternal": {
        const length = Number(body.length);
        if (!body.filename || !Number.isSafeInteger(length) || length <= 0)
          return { ok: false, error: "invalid_arguments" };
        const fileId = `F${++this.tsCounter}`;
        this.uploads.set(fileId, {
          fileId,
          filename: String(body.filename),
          length,
          bytes: null,
          title: null,
          channelId: null,
        });
        return { ok: true, upload_url: this.url.replace(/api\/$/, `upload/${fileId}`), file_id: fileId };
      }
      case "files.completeUploadExternal": {
        const files = (Array.isArray(body.files) ? body.files : []) as { id: string; title?: string }[];
        const uploads = files.map((file) => this.uploads.get(file.id));
        // Slack completes only files whose bytes arrived in full.
        if (uploads.some((upload) => !upload?.bytes || upload.bytes.length !== upload.length))
          return { ok: false, error: "file_not_found" };
        const channelId = typeof body.channel_id === "string" ? body.channel_id : null;
        for (const [index, upload] of uploads.entries()) {
          upload!.title = files[index]!.title ?? upload!.filename;
          upload!.channelId = channelId;
        }
        return {
          ok: true,
          files: uploads.map((upload) => ({
            id: upload!.fileId,
            name: upload!.filename,
            title: upload!.title,
            channels: channelId ? [channelId] : [],
          })),
        };
      }
      case "files.info": {
        const file = this.hosted.get(String(body.file));
        if (!file) return { ok: false, error: "file_not_found" };
        return {
          ok: true,
          file: {
            id: file.id,
            name: file.name,
            title: file.name,
            mimetype: file.mimetype,
            size: file.bytes.length,
            url_private: this.url.replace(/api\/$/, `files-pri/${file.id}/${encodeURIComponent(file.name)}`),
            url_private_download: this.url.replace(
              /api\/$/,
              `download/${file.id}/${encodeURIComponent(file.name)}`,
            ),
          },
        };
      }
      case "views.open":
      case "views.publish":
      case "views.update":
      case "views.push":
        return { ok: true, view: { id: `V${++this.tsCounter}`, ...(body.view as object) } };
      default:
        return { ok: true };
    }
  }

  /** POST <upload_url>: keeps the bytes of an announced file (recorded as the call "upload"). */
  private async receiveUpload(req: IncomingMessage, res: ServerResponse) {
    const fileId = (req.url ?? "").replace(/^\/upload\//, "").split("?")[0] ?? "";
    const bytes = await readUpload(req);
    const upload = this.uploads.get(fileId);
    if (!upload || req.method !== "POST") {
      res.statusCode = 404;
      res.end("not found");
      return;
    }
    upload.bytes = bytes;
    this.calls.push({ method: "upload", body: { file_id: fileId, size: bytes.length }, at: Date.now() });
    for (const listener of this.listeners.splice(0)) listener();
    res.setHeader("content-type", "text/plain");
    res.end(`OK - ${bytes.length}`);
  }

  /**
   * A file as a person's upload in a modal's file_input leaves it with Slack; returns what the
   * view submission's state names it by (the `files` entry of the file_input's value).
   */
  hostFile(name: string, mimetype: string, bytes: Buffer): { id: string; name: string; size: number } {
    const id = `F${++this.tsCounter}`;
    this.hosted.set(id, { id, name, mimetype, bytes });
    return { id, name, size: bytes.length };
  }

  /** GET <url_private_download>: the bytes, to the bot's token only (recorded as "download"). */
  private download(req: IncomingMessage, res: ServerResponse) {
    const id = (req.url ?? "").replace(/^\/download\//, "").split("/")[0] ?? "";
    const file = this.hosted.get(id);
    const authorized = req.headers.authorization === `Bearer ${FAKE_SLACK_BOT_TOKEN}`;
    this.calls.push({ method: "download", body: { file_id: id, authorized }, at: Date.now() });
    for (const listener of this.listeners.splice(0)) listener();
    if (req.method !== "GET" || !file || !authorized) {
      // Slack answers an unauthorised download with its sign-in page, not the file.
      res.statusCode = !file ? 404 : 302;
      res.end();
      return;
    }
    res.setHeader("content-type", file.mimetype);
    res.setHeader("content-length", String(file.bytes.length));
    res.end(file.bytes);
  }

  /** Files shared by files.completeUploadExternal, in the order they were announced. */
  sharedFiles(): (FakeUpload & { bytes: Buffer; channelId: string })[] {
    return [...this.uploads.values()].filter(
      (upload): upload is FakeUpload & { bytes: Buffer; channelId: string } =>
        upload.bytes !== null && upload.channelId !== null,
    );
  }

  failNext(method: string, failure: Failure, times = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i++) queue.push(failure);
    this.failures.set(method, queue);
  }

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Waits until `predicate` holds over the recorded calls (listeners run after ack). */
  async waitFor(predicate: (calls: SlackCall[]) => boolean, timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.calls)) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new Error(
          `timed out waiting for Slack calls; got ${this.calls.map((c) => c.method).join(", ")}`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(remaining, 200));
        this.listeners.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
