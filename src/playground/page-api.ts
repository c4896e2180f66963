/**
 * The page's own API under /play: what one person sees (state), a stream of change notices
 * (server-sent events), the files shared with them, and what they do (send, click, submit, close,
 * open App Home), plus the playground's controls: the clock and the demo data.
 */
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { z } from "zod";
import { isWithinWorkingHours, type WorkingHours } from "../flows/calendar/index.ts";
import type { Locale } from "../flows/model.ts";
import type { AppManifest } from "./app-manifest.ts";
import { nextWorkingMorning } from "./clock-steps.ts";
import { type DirectoryMember, type DirectorySnapshot, isChannelMember } from "./directory.ts";
import { mentionsIn, type PersonActions, PlaygroundError } from "./person-actions.ts";
import type { PlayMessage, Workspace } from "./workspace.ts";

const CLOCK_STEPS = {
  hour: 3600_000,
  day: 24 * 3600_000,
  week: 7 * 24 * 3600_000,
  fourWeeks: 28 * 24 * 3600_000,
} as const;

export interface PageApiOptions {
  workspace: Workspace;
  actions: PersonActions;
  manifest: AppManifest;
  team: { id: string; name: string };
  directory(): Promise<DirectorySnapshot>;
  /** Moves the bot's clock forward and runs the scheduler once. */
  advanceClock(ms: number): Promise<void>;
  /** Loads the demo data; false when it was there already. */
  seed(): Promise<boolean>;
  /** Sets the language Nabuur speaks to this member, as `/nabuur taal` does. */
  setMemberLocale(memberId: string, locale: Locale): Promise<void>;
  /** The language of channel messages (DEFAULT_LOCALE). */
  defaultLocale: Locale;
  /** When nudges may ping people (WORKING_HOURS). */
  workingHours: WorkingHours;
}

const userId = z.string().regex(/^[UW][A-Z0-9]{2,30}$/);
const locale = z.enum(["nl", "en"]).optional();
const actionSchema = z.object({
  type: z.string().max(40),
  action_id: z.string().min(1).max(255),
  block_id: z.string().max(255),
  value: z.string().max(2000).optional(),
  selected_option: z.object({ text: z.unknown(), value: z.string().max(2000) }).optional(),
  text: z.unknown().optional(),
});

const schemas = {
  send: z.object({
    as: userId,
    channel: z.string().min(1).max(40),
    text: z.string().min(1).max(4000),
    threadTs: z.string().max(40).nullish(),
    locale,
  }),
  action: z.object({
    as: userId,
    channel: z.string().max(40).optional(),
    ts: z.string().max(40).optional(),
    viewId: z.string().max(40).optional(),
    action: actionSchema,
    locale,
  }),
  submit: z.object({
    as: userId,
    viewId: z.string().max(40),
    values: z.record(z.string(), z.unknown()),
    locale,
  }),
  close: z.object({ as: userId, viewId: z.string().max(40) }),
  home: z.object({ as: userId, tab: z.enum(["home", "messages"]) }),
  clock: z.object({ step: z.enum(["hour", "day", "week", "fourWeeks", "nextWorkday"]) }),
  read: z.object({ as: userId, channel: z.string().min(1).max(40), ts: z.string().regex(/^\d+\.\d{6}$/) }),
  language: z.object({ as: userId, locale: z.enum(["nl", "en"]) }),
};

type Handler = (req: Request, res: Response) => Promise<void>;

function route(handler: Handler) {
  return (req: Request, res: Response, next: NextFunction) => {
    handler(req, res).catch((error: unknown) => {
      if (error instanceof z.ZodError) res.status(400).json({ error: "invalid request" });
      else if (error instanceof PlaygroundError) res.status(error.status).json({ error: error.message });
      else next(error);
    });
  };
}

function visibleTo(member: DirectoryMember, message: PlayMessage): boolean {
  return message.ephemeralFor === null || message.ephemeralFor === member.userId;
}

export function createPageApi(options: PageApiOptions): Router {
  const { workspace, actions } = options;
  const router = express.Router();
  router.use(express.json({ limit: "256kb" }));

  async function memberOf(id: string): Promise<{ member: DirectoryMember; directory: DirectorySnapshot }> {
    const directory = await options.directory();
    const member = directory.members.find((candidate) => candidate.userId === id);
    if (!member) throw new PlaygroundError(404, "unknown member");
    return { member, directory };
  }

  async function channelFor(member: DirectoryMember, directory: DirectorySnapshot, channelId: string) {
    const channel = workspace.channels.get(channelId);
    const allowed =
      channel &&
      (channel.kind === "dm"
        ? channel.userId === member.userId
        : isChannelMember(member, channel.id, directory));
    if (!channel || !allowed) throw new PlaygroundError(404, "channel not found");
    return channel;
  }

  router.get(
    "/state",
    route(async (req, res) => {
      const directory = await options.directory();
      const as = typeof req.query.as === "string" ? req.query.as : "";
      const me =
        directory.members.find((member) => member.userId === as) ??
        directory.members.find((member) => member.role === "careTeamMember") ??
        directory.members[0] ??
        null;
      if (me) workspace.openDm(me.userId, me.name);
      const channels = me
        ? [...workspace.channels.values()].filter((channel) =>
            channel.kind === "dm" ? channel.userId === me.userId : isChannelMember(me, channel.id, directory),
          )
        : [];
      const bindingOf = (id: string) =>
        directory.bindings.find((binding) => binding.channelId === id)?.kind ?? null;
      // Who has something new: shown in the member switcher, so you know whom to look in on.
      const unreadByMember = Object.fromEntries(
        directory.members.map((member) => {
          const dm = workspace.dmOf(member.userId);
          const seen = [...workspace.channels.values()].filter((channel) =>
            channel.kind === "dm" ? channel === dm : isChannelMember(member, channel.id, directory),
          );
          return [
            member.userId,
            seen.reduce((sum, channel) => sum + workspace.unreadCount(member.userId, channel.id), 0),
          ];
        }),
      );
      res.json({
        version: workspace.version,
        now: workspace.clock.now().toISOString(),
        defaultLocale: options.defaultLocale,
        team: options.team,
        app: options.manifest,
        botUserId: workspace.botUserId,
        members: directory.members,
        me,
        channels: channels.map((channel) => ({
          ...channel,
          binding: bindingOf(channel.id),
          unread: me ? workspace.unreadCount(me.userId, channel.id) : 0,
        })),
        unreadByMember,
        messages: Object.fromEntries(
          channels.map((channel) => [
            channel.id,
            me ? workspace.messagesOf(channel.id).filter((message) => visibleTo(me, message)) : [],
          ]),
        ),
        home: me ? workspace.views.homeOf(me.userId) : null,
        modals: me ? workspace.views.modalsOf(me.userId) : [],
      });
    }),
  );

  // A file shared in a message (the nuisance dossier in a person's DM): only for who can see it.
  router.get(
    "/files/:id",
    route(async (req, res) => {
      const as = userId.parse(req.query.as);
      const { member, directory } = await memberOf(as);
      const shared = workspace.files.fileOf(String(req.params.id));
      if (!shared) throw new PlaygroundError(404, "file not found");
      await channelFor(member, directory, shared.channel);
      res.setHeader("content-type", shared.file.mimetype);
      res.setHeader(
        "content-disposition",
        `attachment; filename="${shared.file.name.replace(/[^\w.-]/g, "_")}"`,
      );
      res.send(shared.bytes);
    }),
  );

  router.get("/events", (req, res) => {
    res.writeHead(200, {
      "content-type": "text/event-stream",
      "cache-control": "no-store",
      connection: "keep-alive",
    });
    res.write(`retry: 1000\ndata: ${workspace.version}\n\n`);
    let pending = false;
    const stop = workspace.onChange(() => {
      if (pending) return;
      pending = true;
      setTimeout(() => {
        pending = false;
        res.write(`data: ${workspace.version}\n\n`);
      }, 30);
    });
    const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), 25_000);
    req.on("close", () => {
      stop();
      clearInterval(heartbeat);
    });
  });

  router.post(
    "/send",
    route(async (req, res) => {
      const body = schemas.send.parse(req.body);
      const { member, directory } = await memberOf(body.as);
      const channel = await channelFor(member, directory, body.channel);
      const threadTs = body.threadTs ?? null;
      if (body.text.trim().startsWith("/")) {
        await actions.command(member, channel.id, body.text, body.locale, threadTs);
      } else {
        workspace.post({
          channel: channel.id,
          user: member.userId,
          text: mentionsIn(body.text, directory.members),
          threadTs,
        });
      }
      res.json({ ok: true });
    }),
  );

  router.post(
    "/action",
    route(async (req, res) => {
      const body = schemas.action.parse(req.body);
      const { member, directory } = await memberOf(body.as);
      const action = { ...body.action, block_id: body.action.block_id };
      if (body.viewId) {
        await actions.clickInView(member, body.viewId, action);
      } else {
        const channel = await channelFor(member, directory, body.channel ?? "");
        await actions.clickInMessage(member, channel.id, body.ts ?? "", action, body.locale);
      }
      res.json({ ok: true });
    }),
  );

  router.post(
    "/submit",
    route(async (req, res) => {
      const body = schemas.submit.parse(req.body);
      const { member } = await memberOf(body.as);
      res.json(await actions.submit(member, body.viewId, body.values, body.locale));
    }),
  );

  router.post(
    "/close",
    route(async (req, res) => {
      const body = schemas.close.parse(req.body);
      const { member } = await memberOf(body.as);
      workspace.views.closeModal(member.userId, body.viewId);
      res.json({ ok: true });
    }),
  );

  router.post(
    "/home",
    route(async (req, res) => {
      const body = schemas.home.parse(req.body);
      const { member } = await memberOf(body.as);
      await actions.openAppHome(member, body.tab);
      res.json({ ok: true });
    }),
  );

  router.post(
    "/read",
    route(async (req, res) => {
      const body = schemas.read.parse(req.body);
      const { member, directory } = await memberOf(body.as);
      const channel = await channelFor(member, directory, body.channel);
      workspace.markRead(member.userId, channel.id, body.ts);
      res.json({ ok: true });
    }),
  );

  // The page's language switch: Nabuur speaks that language to the person shown from now on.
  router.post(
    "/language",
    route(async (req, res) => {
      const body = schemas.language.parse(req.body);
      const { member } = await memberOf(body.as);
      await options.setMemberLocale(member.memberId, body.locale);
      workspace.touch();
      res.json({ ok: true, locale: body.locale });
    }),
  );

  router.post(
    "/clock",
    route(async (req, res) => {
      const body = schemas.clock.parse(req.body);
      const before = workspace.posted;
      const now = workspace.clock.now();
      const ms =
        body.step === "nextWorkday"
          ? nextWorkingMorning(now).getTime() - now.getTime()
          : CLOCK_STEPS[body.step];
      await options.advanceClock(ms);
      // How many messages the scheduler delivered on the way: the page says so.
      const after = workspace.clock.now();
      res.json({
        ok: true,
        now: after.toISOString(),
        delivered: workspace.posted - before,
        withinWorkingHours: isWithinWorkingHours(after, options.workingHours),
      });
    }),
  );

  router.post(
    "/seed",
    route(async (_req, res) => {
      res.json({ ok: true, seeded: await options.seed() });
    }),
  );

  return router;
}
