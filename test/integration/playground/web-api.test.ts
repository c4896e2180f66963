/**
 * The playground's Slack Web API emulation, called over real HTTP on 127.0.0.1 by Slack's own
 * WebClient (the one the bot uses): the methods the bot calls answer as Slack does, including the
 * errors the bot relies on (a DM fallback after user_not_in_channel, single-use trigger ids).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { WebClient } from "@slack/web-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DirectorySnapshot } from "../../../src/playground/directory.ts";
import { createWebApi } from "../../../src/playground/web-api.ts";
import { Workspace } from "../../../src/playground/workspace.ts";
import { ManualClock } from "../../../src/services/clock.ts";

const TOKEN = "xoxb-playground-test";
const CARE = "C0ZORG";
const SHARED = "C0GEDEELD";

const directory: DirectorySnapshot = {
  members: [
    {
      userId: "U0WORKER",
      memberId: "m1",
      name: "Sanne de Wit",
      role: "careTeamMember",
      organisationId: "care",
      organisationName: "Housing First",
      organisationKind: "careProvider",
      locale: "nl",
    },
    {
      userId: "U0LANDLORD",
      memberId: "m2",
      name: "Petra Hoekstra",
      role: "landlordStaff",
      organisationId: "landlord",
      organisationName: "Ons Dak",
      organisationKind: "landlord",
      locale: "nl",
    },
  ],
  bindings: [
    { channelId: SHARED, kind: "shared", careProviderId: "care", landlordId: "landlord" },
    { channelId: CARE, kind: "careTeam", careProviderId: "care", landlordId: null },
  ],
  partnersOf: {},
};

describe("the playground's Slack Web API", () => {
  let server: Server;
  let workspace: Workspace;
  let client: WebClient;
  let apiUrl: string;

  beforeAll(async () => {
    workspace = new Workspace(new ManualClock(new Date("2025-09-08T08:00:00Z")), "T0TEST", "U0BOT");
    workspace.addChannel(SHARED, "overlast");
    workspace.addChannel(CARE, "zorgteam");
    server = createServer(
      createWebApi({ workspace, token: TOKEN, teamName: "Test", directory: async () => directory }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
    client = new WebClient(TOKEN, { slackApiUrl: apiUrl, retryConfig: { retries: 0 } });
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );

  it("auth.test names the bot user and the workspace; a wrong token is refused", async () => {
    const auth = await client.auth.test();
    expect(auth).toMatchObject({ ok: true, user_id: "U0BOT", team_id: "T0TEST" });
    const stranger = new WebClient("xoxb-wrong", { slackApiUrl: apiUrl, retryConfig: { retries: 0 } });
    await expect(stranger.auth.test()).rejects.toMatchObject({ data: { error: "invalid_auth" } });
  });

  it("chat.postMessage posts with Block Kit, replies in a thread, and chat.update changes the card", async () => {
    const blocks = [{ type: "section", text: { type: "mrkdwn", text: "*Zaak 1*" } }];
    const root = await client.chat.postMessage({ channel: SHARED, text: "Zaak 1", blocks });
    expect(root).toMatchObject({ ok: true, channel: SHARED });
    const reply = await client.chat.postMessage({ channel: SHARED, text: "antwoord", thread_ts: root.ts! });
    expect(workspace.findMessage(SHARED, reply.ts!)?.threadTs).toBe(root.ts);
    expect(workspace.findMessage(SHARED, root.ts!)?.blocks).toEqual(blocks);

    await client.chat.update({ channel: SHARED, ts: root.ts!, text: "Zaak 1 (bijgewerkt)", blocks: [] });
    const updated = workspace.findMessage(SHARED, root.ts!);
    expect(updated?.text).toBe("Zaak 1 (bijgewerkt)");
    expect(updated?.editedTs).not.toBeNull();
    await expect(client.chat.update({ channel: SHARED, ts: "1.000001", text: "x" })).rejects.toMatchObject({
      data: { error: "message_not_found" },
    });
    await expect(client.chat.postMessage({ channel: "C0NOPE", text: "x" })).rejects.toMatchObject({
      data: { error: "channel_not_found" },
    });
  });

  it("chat.postEphemeral reaches one member of the channel; others get user_not_in_channel", async () => {
    await client.chat.postEphemeral({ channel: CARE, user: "U0WORKER", text: "alleen voor jou" });
    const ephemeral = workspace.messagesOf(CARE).at(-1);
    expect(ephemeral).toMatchObject({ ephemeralFor: "U0WORKER", text: "alleen voor jou" });
    // Landlord staff are not in the care team's channel: the bot falls back to a DM.
    await expect(
      client.chat.postEphemeral({ channel: CARE, user: "U0LANDLORD", text: "zorg" }),
    ).rejects.toMatchObject({ data: { error: "user_not_in_channel" } });
  });

  it("conversations.open gives each person one DM, and posting to it lands there", async () => {
    const opened = await client.conversations.open({ users: "U0LANDLORD" });
    const again = await client.conversations.open({ users: "U0LANDLORD" });
    expect(opened.channel?.id).toBe(again.channel?.id);
    await client.chat.postMessage({ channel: opened.channel!.id!, text: "hallo" });
    expect(workspace.messagesOf(opened.channel!.id!).map((message) => message.text)).toEqual(["hallo"]);
    await expect(client.conversations.open({ users: "U0NOBODY" })).rejects.toMatchObject({
      data: { error: "user_not_found" },
    });
  });

  it("files.uploadV2: the bytes reach the upload URL and the files are shared in the DM as one message", async () => {
    const dm = (await client.conversations.open({ users: "U0WORKER" })).channel!.id!;
    const pdf = Buffer.from("%PDF-1.7 een dossier");
    await client.files.uploadV2({
      channel_id: dm,
      initial_comment: "Het overlastdossier staat klaar",
      file_uploads: [
        { file: pdf, filename: "dossier.pdf", title: "Overlastdossier (PDF)" },
        { file: Buffer.from('{"a":1}'), filename: "dossier.json" },
      ],
    });
    const message = workspace.messagesOf(dm).at(-1)!;
    expect(message.text).toBe("Het overlastdossier staat klaar");
    expect(message.files?.map((file) => [file.name, file.title, file.mimetype, file.size])).toEqual([
      ["dossier.pdf", "Overlastdossier (PDF)", "application/pdf", pdf.length],
      ["dossier.json", "dossier.json", "application/json", 7],
    ]);
    expect(workspace.files.fileOf(message.files![0]!.id)).toMatchObject({ bytes: pdf, channel: dm });
    // A file whose bytes never arrived cannot be shared.
    const announced = await client.files.getUploadURLExternal({ filename: "leeg.pdf", length: 10 });
    await expect(
      client.files.completeUploadExternal({ files: [{ id: announced.file_id! }], channel_id: dm }),
    ).rejects.toMatchObject({ data: { error: "file_not_found" } });
  });

  it("views.open needs a trigger id, uses it once, and opens the modal for that person", async () => {
    const trigger = workspace.triggers.issue("U0WORKER");
    const view = {
      type: "modal" as const,
      callback_id: "nabuur.form.test",
      title: { type: "plain_text" as const, text: "Test" },
      blocks: [],
    };
    const opened = await client.views.open({ trigger_id: trigger, view });
    expect(opened.view?.id).toMatch(/^V/);
    expect(workspace.views.modalsOf("U0WORKER").map((modal) => modal.view.callback_id)).toEqual([
      "nabuur.form.test",
    ]);
    await expect(client.views.open({ trigger_id: trigger, view })).rejects.toMatchObject({
      data: { error: "invalid_trigger_id" },
    });
  });

  it("views.publish sets a person's App Home; unknown methods answer unknown_method", async () => {
    await client.views.publish({
      user_id: "U0LANDLORD",
      view: { type: "home", blocks: [{ type: "divider" }] },
    });
    expect(workspace.views.homeOf("U0LANDLORD")?.view.blocks).toEqual([{ type: "divider" }]);
    await expect(client.apiCall("files.upload", {})).rejects.toMatchObject({
      data: { error: "unknown_method" },
    });
  });
});
