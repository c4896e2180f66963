/**
 * The Slack Web API methods the bot uses, answered from the playground's workspace the way Slack
 * answers them (same bodies, same error codes). The bot's WebClient reaches it through
 * SLACK_API_URL; requests must carry the playground's bot token. File uploads (files.uploadV2)
 * work as on Slack: an upload URL on this server takes the bytes, and the shared files show in
 * the page as download links.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type DirectorySnapshot, isChannelMember } from "./directory.ts";
import type { PlayView } from "./play-views.ts";
import type { Blocks, PlayChannel, SentPayload, Workspace } from "./workspace.ts";

type Body = Record<string, unknown>;
type Reply = Record<string, unknown> & { ok: boolean };

/** Fields the WebClient sends as JSON inside a form-encoded body. */
const JSON_FIELDS = new Set(["blocks", "view", "attachments", "metadata", "files"]);

/** Slack's upload URLs take at most this many bytes per file here (the playground keeps them in memory). */
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const UPLOAD_PATH = /^\/upload\/(F[0-9A-F]+)$/;

export interface WebApiOptions {
  workspace: Workspace;
  token: string;
  teamName: string;
  directory(): Promise<DirectorySnapshot>;
  /** Milliseconds to wait before answering these methods: a Slack (or a machine) that is slow. */
  delayMs?: Readonly<Record<string, number>>;
}

/** Waits `ms`, or less if the caller hangs up first (it gave up; nothing is waited for). */
function delay(ms: number, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    res.once("close", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function readSlackBody(req: IncomingMessage): Promise<Body> {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  const type = req.headers["content-type"] ?? "";
  if (type.includes("application/json")) return raw ? (JSON.parse(raw) as Body) : {};
  const body: Body = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = JSON_FIELDS.has(key) && /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return body;
}

const fail = (error: string): Reply => ({ ok: false, error });

const MIMETYPES: Record<string, string> = {
  pdf: "application/pdf",
  json: "application/json",
  txt: "text/plain",
  csv: "text/csv",
};

function mimetypeOf(filename: string): string {
  return MIMETYPES[filename.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";
}

/** The bytes of an upload: the WebClient POSTs them as multipart/form-data (or raw). */
async function readUploadedBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_UPLOAD_BYTES + 64 * 1024) throw new Error("upload too large");
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks);
  const type = req.headers["content-type"] ?? "";
  if (!type.includes("multipart/form-data")) return raw;
  const form = await new Response(raw, { headers: { "content-type": type } }).formData();
  const file = [...form.values()].find((value) => typeof value !== "string");
  if (!file) throw new Error("no file in the upload");
  return Buffer.from(await (file as Blob).arrayBuffer());
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function blocksOf(body: Body): Blocks | null | "invalid" {
  if (body.blocks === undefined || body.blocks === "") return null;
  if (!Array.isArray(body.blocks) || body.blocks.length > 50) return "invalid";
  return body.blocks as Blocks;
}

/** What the bot sent, for the page's payload view: the arguments without the token and the blocks. */
function sentBy(method: string, body: Body): SentPayload {
  const { token: _token, blocks: _blocks, ...args } = body;
  return { method, args };
}

function viewReply(view: PlayView, teamId: string): Reply {
  return {
    ok: true,
    view: {
      ...view.view,
      id: view.id,
      team_id: teamId,
      hash: view.hash,
      state: { values: {} },
    },
  };
}

export function createWebApi(options: WebApiOptions) {
  const { workspace } = options;

  async function member(userId: string) {
    return (await options.directory()).members.find((candidate) => candidate.userId === userId) ?? null;
  }

  /** A channel id, or a user id (Slack posts to a person's DM with the app). */
  async function channelOf(id: string): Promise<PlayChannel | null> {
    if (/^[UW]/.test(id)) {
      const person = await member(id);
      return person ? workspace.openDm(id, person.name) : null;
    }
    return workspace.channels.get(id) ?? null;
  }

  async function canSee(userId: string, channel: PlayChannel): Promise<boolean> {
    if (channel.kind === "dm") return channel.userId === userId;
    const directory = await options.directory();
    const person = directory.members.find((candidate) => candidate.userId === userId);
    return person ? isChannelMember(person, channel.id, directory) : false;
  }

  const methods: Record<string, (body: Body, origin: string) => Promise<Reply>> = {
    "auth.test": async () => ({
      ok: true,
      url: "http://playground.slack.local/",
      team: options.teamName,
      user: "nabuur",
      team_id: workspace.teamId,
      user_id: workspace.botUserId,
      bot_id: "B0NABUUR01",
      is_enterprise_install: false,
    }),

    "chat.postMessage": async (body) => {
      const channel = await channelOf(text(body.channel));
      if (!channel) return fail("channel_not_found");
      const blocks = blocksOf(body);
      if (blocks === "invalid") return fail("invalid_blocks");
      if (!text(body.text) && !blocks) return fail("no_text");
      const message = workspace.post({
        channel: channel.id,
        user: workspace.botUserId,
        text: text(body.text),
        blocks,
        threadTs: text(body.thread_ts) || null,
        sent: sentBy("chat.postMessage", body),
      });
      return {
        ok: true,
        channel: channel.id,
        ts: message.ts,
        message: { type: "message", user: message.user, text: message.text, ts: message.ts },
      };
    },

    "chat.postEphemeral": async (body) => {
      const channel = await channelOf(text(body.channel));
      if (!channel) return fail("channel_not_found");
      const userId = text(body.user);
      if (!(await member(userId))) return fail("user_not_found");
      if (!(await canSee(userId, channel))) return fail("user_not_in_channel");
      const blocks = blocksOf(body);
      if (blocks === "invalid") return fail("invalid_blocks");
      if (!text(body.text) && !blocks) return fail("no_text");
      const message = workspace.post({
        channel: channel.id,
        user: workspace.botUserId,
        text: text(body.text),
        blocks,
        threadTs: text(body.thread_ts) || null,
        ephemeralFor: userId,
        sent: sentBy("chat.postEphemeral", body),
      });
      return { ok: true, message_ts: message.ts };
    },

    "chat.update": async (body) => {
      const channelId = text(body.channel);
      if (!workspace.channels.has(channelId)) return fail("channel_not_found");
      const blocks = blocksOf(body);
      if (blocks === "invalid") return fail("invalid_blocks");
      const message = workspace.findMessage(channelId, text(body.ts));
      if (!message || message.ephemeralFor) return fail("message_not_found");
      if (message.user !== workspace.botUserId) return fail("cant_update_message");
      workspace.update(channelId, message.ts, {
        text: text(body.text),
        blocks,
        sent: sentBy("chat.update", body),
      });
      return { ok: true, channel: channelId, ts: message.ts, text: message.text };
    },

    "chat.delete": async (body) => {
      const channelId = text(body.channel);
      if (!workspace.channels.has(channelId)) return fail("channel_not_found");
      const message = workspace.findMessage(channelId, text(body.ts));
      if (!message || message.user !== workspace.botUserId) return fail("message_not_found");
      workspace.remove(channelId, message.ts);
      return { ok: true, channel: channelId, ts: message.ts };
    },

    "conversations.open": async (body) => {
      const users = text(body.users).split(",").filter(Boolean);
      if (users.length !== 1) return fail(users.length === 0 ? "users_list_not_supplied" : "not_supported");
      const person = await member(users[0]!);
      if (!person) return fail("user_not_found");
      const channel = workspace.openDm(person.userId, person.name);
      return { ok: true, channel: { id: channel.id } };
    },

    "files.getUploadURLExternal": async (body, origin) => {
      const length = Number(body.length);
      const filename = text(body.filename);
      if (!filename || !Number.isSafeInteger(length) || length <= 0) return fail("invalid_arguments");
      if (length > MAX_UPLOAD_BYTES) return fail("file_too_large");
      const file = workspace.files.announce(filename, mimetypeOf(filename), length);
      return { ok: true, upload_url: `${origin}/upload/${file.id}`, file_id: file.id };
    },

    "files.completeUploadExternal": async (body) => {
      const files = Array.isArray(body.files) ? (body.files as { id?: unknown; title?: unknown }[]) : [];
      if (files.length === 0 || files.some((file) => typeof file.id !== "string"))
        return fail("invalid_arguments");
      const channel = await channelOf(text(body.channel_id));
      if (!channel) return fail("channel_not_found");
      const message = workspace.shareFiles(
        channel.id,
        files.map((file) => ({ id: String(file.id), title: text(file.title) })),
        text(body.initial_comment),
        workspace.botUserId,
      );
      if (!message) return fail("file_not_found");
      message.sent = sentBy("files.completeUploadExternal", body);
      return {
        ok: true,
        files: (message.files ?? []).map((file) => ({
          id: file.id,
          name: file.name,
          title: file.title,
          mimetype: file.mimetype,
          size: file.size,
          channels: [channel.id],
        })),
      };
    },

    "conversations.info": async (body) => {
      const channel = workspace.channels.get(text(body.channel));
      if (!channel) return fail("channel_not_found");
      return {
        ok: true,
        channel: {
          id: channel.id,
          name: channel.name,
          is_channel: channel.kind === "channel",
          is_im: channel.kind === "dm",
          ...(channel.userId ? { user: channel.userId } : {}),
        },
      };
    },

    "users.info": async (body) => {
      const person = await member(text(body.user));
      if (!person) return fail("user_not_found");
      return {
        ok: true,
        user: {
          id: person.userId,
          team_id: workspace.teamId,
          name: person.name,
          real_name: person.name,
          tz: "Europe/Amsterdam",
          is_bot: false,
          profile: { real_name: person.name, display_name: person.name },
        },
      };
    },

    "views.open": async (body) => {
      const userId = workspace.triggers.use(text(body.trigger_id));
      if (!userId) return fail("invalid_trigger_id");
      const opened = workspace.views.openModal(userId, body.view as Body);
      return opened ? viewReply(opened, workspace.teamId) : fail("push_limit_reached");
    },

    "views.push": async (body) => {
      const userId = workspace.triggers.use(text(body.trigger_id));
      if (!userId) return fail("invalid_trigger_id");
      const pushed = workspace.views.openModal(userId, body.view as Body, true);
      return pushed ? viewReply(pushed, workspace.teamId) : fail("push_limit_reached");
    },

    "views.update": async (body) => {
      const target = body.view_id
        ? workspace.views.findView(text(body.view_id))
        : workspace.views.findViewByExternalId(text(body.external_id));
      if (!target) return fail("not_found");
      if (body.hash && body.hash !== target.hash) return fail("hash_conflict");
      return viewReply(workspace.views.replaceView(target, body.view as Body), workspace.teamId);
    },

    "views.publish": async (body) => {
      const userId = text(body.user_id);
      if (!(await member(userId))) return fail("user_not_found");
      const view = body.view as Body | undefined;
      if (view?.type !== "home") return fail("invalid_arguments");
      return viewReply(workspace.views.publishHome(userId, view), workspace.teamId);
    },
  };

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const upload = UPLOAD_PATH.exec((req.url ?? "").split("?")[0] ?? "");
    if (upload && req.method === "POST") {
      // Slack's upload URL needs no token: the file id itself was handed out to the bot.
      const bytes = await readUploadedBytes(req).catch(() => null);
      const received = bytes !== null && workspace.files.receive(upload[1]!, bytes);
      res.statusCode = received ? 200 : 400;
      res.setHeader("content-type", "text/plain; charset=utf-8");
      res.end(received ? `OK - ${bytes.length}` : "upload refused");
      return;
    }
    const method = (req.url ?? "").replace(/^\/api\//, "").split("?")[0] ?? "";
    const origin = `http://${req.headers.host ?? "127.0.0.1"}`;
    let reply: Reply;
    try {
      const body = await readSlackBody(req);
      const auth = req.headers.authorization ?? "";
      const token = auth.startsWith("Bearer ") ? auth.slice(7) : text(body.token);
      const call = methods[method];
      if (!token) reply = fail("not_authed");
      else if (token !== options.token) reply = fail("invalid_auth");
      else if (!call) reply = fail("unknown_method");
      else {
        const wait = options.delayMs?.[method] ?? 0;
        if (wait > 0) await delay(wait, res);
        reply = await call(body, origin);
      }
    } catch {
      reply = fail("invalid_arguments");
    }
    if (res.destroyed) return;
    res.setHeader("content-type", "application/json; charset=utf-8");
    res.end(JSON.stringify(reply));
  };
}
