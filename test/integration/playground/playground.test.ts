/**
 * The whole playground over real HTTP: the unchanged bot against the Web API emulation, the demo
 * data, and the page's API turning what a person does into signed Slack requests — commands,
 * clicks, modal submissions with field errors, App Home — and the clock that brings the nudges.
 */
import { verifySlackRequest } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.ts";
import { createLogger } from "../../../src/logger.ts";
import { DEMO_CHANNELS, DEMO_PEOPLE } from "../../../src/playground/demo-data.ts";
import type { PlayView } from "../../../src/playground/play-views.ts";
import { type Playground, startPlayground } from "../../../src/playground/playground.ts";
import { createSignedClient, slackSignature } from "../../../src/playground/signed-requests.ts";
import { slashCommandBody } from "../../../src/playground/slack-payloads.ts";
import type { PlayMessage } from "../../../src/playground/workspace.ts";

const MONDAY_MORNING = new Date("2025-09-08T08:00:00Z"); // 10:00 in Amsterdam
const { worker, landlordStaff } = DEMO_PEOPLE;

interface PageState {
  now: string;
  me: { userId: string; locale: string } | null;
  channels: { id: string; name: string; kind: string; unread: number }[];
  unreadByMember: Record<string, number>;
  messages: Record<string, PlayMessage[]>;
  modals: PlayView[];
  home: PlayView | null;
  members: { userId: string }[];
}

async function until<T>(
  probe: () => T | null | undefined | false,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const buttonsOf = (message: PlayMessage) =>
  (message.blocks ?? [])
    .filter((block) => block.type === "actions")
    .flatMap((block) => block.elements as { action_id: string; value: string; type: string }[]);

describe("the playground", () => {
  let playground: Playground;
  const call = async (path: string, body: unknown) => {
    const response = await fetch(`${playground.url}/play/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const state = async (as: string) =>
    (await (await fetch(`${playground.url}/play/state?as=${as}`)).json()) as PageState;
  const messages = (channel: string) => playground.workspace.messagesOf(channel);

  beforeAll(async () => {
    playground = await startPlayground({
      config: loadConfig({ PORT: "0", DATA_DIR: "memory://", LOG_LEVEL: "silent" }),
      logger: createLogger("silent"),
      startAt: MONDAY_MORNING,
      schedulerCron: null,
    });
  });
  afterAll(() => playground?.stop());

  it("signs requests the way Slack does: Bolt's own check accepts them, a wrong secret is refused", async () => {
    const body = "token=x&command=%2Fnabuur";
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      "x-slack-signature": slackSignature("geheim", timestamp, body),
      "x-slack-request-timestamp": timestamp,
    };
    expect(() => verifySlackRequest({ signingSecret: "geheim", body, headers })).not.toThrow();
    expect(() => verifySlackRequest({ signingSecret: "ander", body, headers })).toThrow();

    const forged = createSignedClient(`${playground.nabuur.url}/slack/events`, "not-the-secret");
    const response = await forged.postForm(
      slashCommandBody({
        person: { userId: worker.userId, name: worker.name, teamId: "T0NABUUR01" },
        channelId: DEMO_CHANNELS.careTeam.id,
        channelName: DEMO_CHANNELS.careTeam.name,
        command: "/nabuur",
        text: "help",
        triggerId: "t1",
        teamDomain: "x",
      }),
    );
    expect(response.status).toBe(401);
  });

  it("loads the demo on an empty database and delivers its cards into the bound channels", async () => {
    // Three onboarding cards and two case cards in the shared channel; the assessment in the care team's.
    await until(
      () =>
        messages(DEMO_CHANNELS.shared.id).filter((message) => !message.threadTs).length >= 5 &&
        JSON.stringify(messages(DEMO_CHANNELS.careTeam.id)).includes("HF-102"),
      "the demo's cards",
    );
    const shared = messages(DEMO_CHANNELS.shared.id);
    expect(shared.some((message) => message.text.includes("HF-102"))).toBe(true);
    expect(JSON.stringify(messages(DEMO_CHANNELS.careTeam.id))).toContain("HF-101");
    expect((await call("seed", {})).body).toEqual({ ok: true, seeded: false });
  });

  it("shows each role only its own channels: landlord staff never see the care team's channel", async () => {
    const landlord = await state(landlordStaff.userId);
    const careWorker = await state(worker.userId);
    expect(landlord.channels.map((channel) => channel.id)).not.toContain(DEMO_CHANNELS.careTeam.id);
    expect(Object.keys(landlord.messages)).not.toContain(DEMO_CHANNELS.careTeam.id);
    expect(careWorker.channels.map((channel) => channel.id)).toEqual(
      expect.arrayContaining([DEMO_CHANNELS.shared.id, DEMO_CHANNELS.careTeam.id]),
    );
    expect(landlord.members.length).toBe(Object.keys(DEMO_PEOPLE).length);
  });

  it("a slash command reaches the bot signed; its ephemeral answer is seen by that person only", async () => {
    const before = messages(DEMO_CHANNELS.shared.id).length;
    await call("send", { as: worker.userId, channel: DEMO_CHANNELS.shared.id, text: "/nabuur help" });
    const answer = await until(
      () =>
        messages(DEMO_CHANNELS.shared.id)
          .slice(before)
          .find((message) => message.ephemeralFor),
      "the ephemeral help",
    );
    expect(answer.ephemeralFor).toBe(worker.userId);
    expect(answer.text).toContain("/overlast");
    const seenByLandlord = (await state(landlordStaff.userId)).messages[DEMO_CHANNELS.shared.id] ?? [];
    expect(seenByLandlord.some((message) => message.ts === answer.ts)).toBe(false);

    const beforeUnknown = messages(DEMO_CHANNELS.shared.id).length;
    await call("send", { as: worker.userId, channel: DEMO_CHANNELS.shared.id, text: "/bestaatniet" });
    const notice = messages(DEMO_CHANNELS.shared.id)
      .slice(beforeUnknown)
      .find((message) => message.user === "USLACKBOT");
    expect(notice).toMatchObject({ ephemeralFor: worker.userId });
    expect(notice?.text).toContain("/bestaatniet");
  });

  it("the nuisance dossier: /nabuur dossier uploads it to the person's DM, downloadable by that person only", async () => {
    const dm = `D${worker.userId.slice(1)}`;
    await call("send", { as: worker.userId, channel: DEMO_CHANNELS.shared.id, text: "/nabuur dossier 1" });
    const shared = await until(
      () => messages(dm).find((message) => message.files?.length === 2),
      "the dossier's files in the DM",
    );
    expect(shared.user).toBe(playground.workspace.botUserId);
    expect(shared.text).toContain("Het overlastdossier van zaak 1");
    const pdf = shared.files!.find((file) => file.name.endsWith(".pdf"))!;
    expect(pdf).toMatchObject({ name: "overlastdossier-zaak-1-zorg.pdf", mimetype: "application/pdf" });
    const download = await fetch(`${playground.url}/play/files/${pdf.id}?as=${worker.userId}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toContain("overlastdossier-zaak-1-zorg.pdf");
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.length).toBe(pdf.size);
    // Not for someone else, and never in the shared channel.
    const other = await fetch(`${playground.url}/play/files/${pdf.id}?as=${landlordStaff.userId}`);
    expect(other.status).toBe(404);
    expect(JSON.stringify(messages(DEMO_CHANNELS.shared.id))).not.toContain(pdf.id);
    const page = await state(worker.userId);
    expect(page.messages[dm]?.some((message) => message.files?.some((file) => file.id === pdf.id))).toBe(
      true,
    );
  });

  it("Actie 1: /overlast opens the intake modal; the bot's field errors come back into the modal", async () => {
    await call("send", {
      as: landlordStaff.userId,
      channel: DEMO_CHANNELS.shared.id,
      text: "/overlast HF-101",
    });
    const modal = await until(
      () => playground.workspace.views.modalsOf(landlordStaff.userId)[0],
      "the intake modal",
    );
    expect(modal.view.callback_id).toBe("nabuur.form.complaint");
    const now = Math.floor(MONDAY_MORNING.getTime() / 1000);
    const submitted = await call("submit", {
      as: landlordStaff.userId,
      viewId: modal.id,
      values: {
        type: { type: { type: "static_select", selected_option: { value: "noise" } } },
        description: { description: { type: "plain_text_input", value: "Harde muziek" } },
        // Received before it happened: the bot refuses with a field error.
        occurredAt: { occurredAt: { type: "datetimepicker", selected_date_time: now - 3600 } },
        receivedByLandlordAt: {
          receivedByLandlordAt: { type: "datetimepicker", selected_date_time: now - 7200 },
        },
        complainantAnonymous: {
          complainantAnonymous: { type: "checkboxes", selected_options: [{ value: "true" }] },
        },
      },
    });
    expect(submitted.body.ok).toBe(false);
    expect(Object.keys(submitted.body.errors as object)).toContain("occurredAt");
    expect(playground.workspace.views.modalsOf(landlordStaff.userId)[0]?.errors).toHaveProperty("occurredAt");
    await call("close", { as: landlordStaff.userId, viewId: modal.id });
    expect(playground.workspace.views.modalsOf(landlordStaff.userId)).toEqual([]);
  });

  it("Preventie: a click on a card's button is a signed block action; the bot updates the card", async () => {
    const card = messages(DEMO_CHANNELS.shared.id).find(
      (message) => message.text.includes("HF-103") && buttonsOf(message).length > 0,
    )!;
    const button = buttonsOf(card).find(
      (candidate) =>
        candidate.action_id.startsWith("nabuur.participant.item.done") &&
        candidate.value.includes("matching"),
    )!;
    const clicked = await call("action", {
      as: landlordStaff.userId,
      channel: DEMO_CHANNELS.shared.id,
      ts: card.ts,
      action: { type: "button", action_id: button.action_id, block_id: "b1", value: button.value },
    });
    expect(clicked.status).toBe(200);
    // The item is done: the card now offers to reopen it.
    await until(
      () =>
        buttonsOf(playground.workspace.findMessage(DEMO_CHANNELS.shared.id, card.ts)!).some((candidate) =>
          candidate.action_id.startsWith("nabuur.participant.item.reopen"),
        ),
      "the card update",
    );
  });

  it("App Home: opening it sends app_home_opened and shows the published view", async () => {
    await call("home", { as: worker.userId, tab: "home" });
    const home = await until(() => playground.workspace.views.homeOf(worker.userId), "App Home");
    expect(JSON.stringify(home.view.blocks)).toContain("HF-101");
  });

  it("Termijnen: moving the clock four weeks sweeps the nudges and delivers the four-week check", async () => {
    const dm = playground.workspace.dmOf(worker.userId)!;
    const before = messages(dm.id).length;
    const moved = await call("clock", { step: "fourWeeks" });
    expect(Date.parse(String(moved.body.now)) - MONDAY_MORNING.getTime()).toBeGreaterThanOrEqual(
      28 * 86_400_000,
    );
    const nudge = await until(
      () =>
        messages(dm.id)
          .slice(before)
          .find((message) => JSON.stringify(message.blocks).includes("4 weken")),
      "the four-week check nudge",
    );
    expect(JSON.stringify(nudge.blocks)).toMatch(/HF-10[12]/);
    // The page shows the bot's clock.
    expect(Date.parse((await state(worker.userId)).now)).toBeGreaterThanOrEqual(
      Date.parse(String(moved.body.now)),
    );
  });

  it("unread marks: a person's new messages count until the page says they were seen", async () => {
    const careTeam = (as: string) =>
      state(as).then((page) => page.channels.find((channel) => channel.id === DEMO_CHANNELS.careTeam.id)!);
    // The demo's cards are news for the support worker, also in the switcher's count.
    expect((await careTeam(worker.userId)).unread).toBeGreaterThan(0);
    expect((await state(landlordStaff.userId)).unreadByMember[worker.userId]).toBeGreaterThan(0);
    const latest = messages(DEMO_CHANNELS.careTeam.id)
      .filter((message) => !message.threadTs)
      .at(-1)!;
    expect(
      (await call("read", { as: worker.userId, channel: DEMO_CHANNELS.careTeam.id, ts: latest.ts })).status,
    ).toBe(200);
    expect((await careTeam(worker.userId)).unread).toBe(0);
    // A new message counts again; a channel the person is not in cannot be marked.
    playground.workspace.post({
      channel: DEMO_CHANNELS.careTeam.id,
      user: "U0KARIM001",
      text: "Overleg om 14:00",
    });
    expect((await careTeam(worker.userId)).unread).toBe(1);
    const refused = await call("read", {
      as: landlordStaff.userId,
      channel: DEMO_CHANNELS.careTeam.id,
      ts: latest.ts,
    });
    expect(refused.status).toBe(404);
  });

  it("payloads: each bot message keeps the Web API method and arguments it came with, never the token", () => {
    const card = messages(DEMO_CHANNELS.shared.id).find((message) => message.text.includes("HF-102"))!;
    expect(card.sent?.method).toMatch(/^chat\.(postMessage|update)$/);
    expect(card.sent?.args.channel).toBe(DEMO_CHANNELS.shared.id);
    expect(card.sent?.args).not.toHaveProperty("token");
    expect(card.sent?.args).not.toHaveProperty("blocks");
    // The card clicked above was redrawn with chat.update.
    const updated = messages(DEMO_CHANNELS.shared.id).find(
      (message) => message.text.includes("HF-103") && message.editedTs,
    );
    expect(updated?.sent?.method).toBe("chat.update");
  });

  it("the page's language switch sets the language Nabuur speaks to that person, as /nabuur taal does", async () => {
    expect((await state(worker.userId)).me?.locale).toBe("nl");
    expect((await call("language", { as: worker.userId, locale: "en" })).status).toBe(200);
    expect((await state(worker.userId)).me?.locale).toBe("en");
    // The bot answers her in English now.
    await call("send", { as: worker.userId, channel: DEMO_CHANNELS.careTeam.id, text: "/nabuur taal" });
    const answer = await until(
      () =>
        messages(DEMO_CHANNELS.careTeam.id).find(
          (message) => message.ephemeralFor === worker.userId && message.text.includes("Usage:"),
        ),
      "the English answer",
    );
    expect(answer.sent).toMatchObject({ method: "chat.postEphemeral", args: { user: worker.userId } });
    await call("language", { as: worker.userId, locale: "nl" });
    expect((await state(worker.userId)).me?.locale).toBe("nl");
  });

  it("the clock jumps to 09:00 on the next working day and says how many messages came", async () => {
    const before = Date.parse((await state(worker.userId)).now);
    const moved = await call("clock", { step: "nextWorkday" });
    const now = new Date(String(moved.body.now));
    expect(now.getTime()).toBeGreaterThan(before);
    const amsterdam = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Amsterdam",
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
    }).format(now);
    expect(amsterdam).toMatch(/^(Mon|Tue|Wed|Thu|Fri) 09:00$/);
    expect(moved.body.withinWorkingHours).toBe(true);
    expect(typeof moved.body.delivered).toBe("number");
  });
});
