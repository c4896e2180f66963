/**
 * The nuisance dossier in Teams with the real core: `dossier <nr>` and the "Dossier" button send a
 * file consent card per file to the person's personal chat (never a channel); accepting PUTs the
 * bytes to the upload URL Teams hands over (the fake Bot Connector stands in for OneDrive) and a
 * file info card follows; declining is answered; a command in a channel gets only a pointer.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FILE_CONSENT_CONTENT_TYPE, FILE_INFO_CONTENT_TYPE } from "../../../src/bot/teams/private-files.ts";
import { loadConfig } from "../../../src/config.ts";
import { CASE_BUTTON_IDS } from "../../../src/flows/cases/buttons.ts";
import { createLogger } from "../../../src/logger.ts";
import { type Nabuur, startNabuur } from "../../../src/server.ts";
import { ManualClock } from "../../../src/services/clock.ts";
import { type ConnectorRequest, FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import { MONDAY_MORNING } from "../../helpers/runtime.ts";
import { createWorld, type World } from "../../helpers/world.ts";
import { adaptiveCardProblems } from "../../unit/bot/teams/adaptive-card-validator.ts";
import { COMPLAINANT_NAME, driveCaseToActie5 } from "../dossier/dossier-scenario.ts";
import {
  CHANNEL,
  cardInvoke,
  channelMessage,
  conversations,
  fileConsentInvoke,
  personalMessage,
  USER,
} from "./harness.ts";

const PETRA = { id: "29:user-petra", name: "Petra", aadObjectId: "aad-petra" };
const KARIM = { id: "29:user-karim", name: "Karim", aadObjectId: "aad-karim" };
const ANNA_PERSONAL = conversations.personal().id;

interface ConsentAttachment {
  contentType: string;
  name: string;
  content: {
    description: string;
    sizeInBytes: number;
    acceptContext: { id: string };
    declineContext: { id: string };
  };
}

/** The Action.Execute with this verb anywhere in the cards. */
function findAction(node: unknown, verb: string): { data: Record<string, unknown> } | null {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findAction(item, verb);
      if (found) return found;
    }
    return null;
  }
  if (node === null || typeof node !== "object") return null;
  const record = node as Record<string, unknown>;
  if (record.type === "Action.Execute" && record.verb === verb)
    return { data: record.data as Record<string, unknown> };
  return findAction(Object.values(record), verb);
}

function attachmentsOf(request: ConnectorRequest): { contentType: string }[] {
  return (request.body?.attachments ?? []) as { contentType: string }[];
}

describe("the nuisance dossier in Teams with the real core", () => {
  const connector = new FakeBotConnector();
  const clock = new ManualClock(MONDAY_MORNING);
  let serviceUrl: string;
  let nabuur: Nabuur;
  let world: World;
  let messagesUrl: string;
  let caseNumber: string;

  const post = (activity: Record<string, unknown>) =>
    fetch(messagesUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity),
    });

  const consentRequests = () =>
    connector
      .activities()
      .filter((request) => attachmentsOf(request).some((a) => a.contentType === FILE_CONSENT_CONTENT_TYPE));
  const consentCards = () =>
    consentRequests().flatMap((request) =>
      (attachmentsOf(request) as unknown as ConsentAttachment[]).filter(
        (a) => a.contentType === FILE_CONSENT_CONTENT_TYPE,
      ),
    );
  const textsIn = (conversationId: string) =>
    connector
      .activities()
      .filter((request) => request.conversationId?.startsWith(conversationId))
      .map((request) => String(request.body?.text ?? ""));

  /** Sends the activity and waits until `count` consent cards were sent since. */
  async function offer(activity: Record<string, unknown>, count: number): Promise<ConsentAttachment[]> {
    const before = consentCards().length;
    expect((await post(activity)).status).toBeLessThan(300);
    await connector.waitFor(() => consentCards().length >= before + count);
    return consentCards().slice(before);
  }

  // A whole case from intake to Actie 5 first: allow for a busy machine.
  beforeAll(async () => {
    serviceUrl = await connector.start();
    nabuur = await startNabuur({
      config: loadConfig({ PORT: "0", DATA_DIR: "memory://", TEAMS_ENABLED: "true" }),
      logger: createLogger("silent"),
      clock,
      schedulerCron: null,
    });
    messagesUrl = `${nabuur.url}/api/messages`;
    world = await createWorld(nabuur.database.prisma, { bindChannels: false });
    const prisma = nabuur.database.prisma;
    await prisma.member.update({ where: { id: world.worker.id }, data: { teamsUserId: USER.aadObjectId } });
    await prisma.member.update({
      where: { id: world.landlordStaff.id },
      data: { teamsUserId: PETRA.aadObjectId },
    });
    await prisma.member.update({
      where: { id: world.coordinator.id },
      data: { teamsUserId: KARIM.aadObjectId },
    });
    ({ caseNumber } = await driveCaseToActie5(nabuur.runtime, clock, world));
  }, 180_000);
  afterAll(async () => {
    await nabuur.stop();
    await connector.stop();
  });
  beforeEach(() => {
    connector.requests.length = 0;
    connector.uploads.length = 0;
  });

  it("`dossier <nr>` in the personal chat: the notice and one consent card per file, carrying only an opaque id", async () => {
    const cards = await offer(personalMessage(serviceUrl, `dossier ${caseNumber}`), 2);
    for (const request of consentRequests()) expect(request.conversationId).toBe(ANNA_PERSONAL);
    expect(textsIn(ANNA_PERSONAL).join("\n")).toContain(`zaak ${caseNumber}`);
    expect(cards.map((card) => card.name)).toEqual([
      `overlastdossier-zaak-${caseNumber}-zorg.pdf`,
      `overlastdossier-zaak-${caseNumber}-zorg.json`,
    ]);
    for (const card of cards) {
      expect(card.content.sizeInBytes).toBeGreaterThan(100);
      expect(card.content.description).toContain(`Overlastdossier zaak ${caseNumber}`);
      expect(Object.keys(card.content.acceptContext)).toEqual(["id"]);
      expect(card.content.declineContext).toEqual(card.content.acceptContext);
      expect(card.content.acceptContext.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    }
  });

  it("accepting: the bytes are PUT to the upload URL, then a file info card follows; the offer counts once", async () => {
    const [pdf] = await offer(personalMessage(serviceUrl, `dossier ${caseNumber} pdf`), 1);
    const uploadInfo = {
      name: pdf!.name,
      uploadUrl: connector.uploadUrl(pdf!.name),
      contentUrl: `https://contoso.sharepoint.com/personal/anna/Documents/Applications/${pdf!.name}`,
      uniqueId: "1150D938-8870-4044-9F2C-5BBDEBA70C8C",
      fileType: "pdf",
    };
    const accepted = await post(
      fileConsentInvoke(serviceUrl, "accept", pdf!.content.acceptContext, { uploadInfo }),
    );
    expect(accepted.status).toBe(200);
    expect(connector.uploads).toHaveLength(1);
    const upload = connector.uploads[0]!;
    expect(upload.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(upload.bytes.length).toBe(pdf!.content.sizeInBytes);
    expect(upload.contentType).toBe("application/pdf");
    expect(upload.contentRange).toBe(`bytes 0-${upload.bytes.length - 1}/${upload.bytes.length}`);

    await connector.waitFor(() =>
      connector
        .activities()
        .some((r) => attachmentsOf(r).some((a) => a.contentType === FILE_INFO_CONTENT_TYPE)),
    );
    const info = connector
      .activities()
      .find((r) => attachmentsOf(r).some((a) => a.contentType === FILE_INFO_CONTENT_TYPE))!;
    expect(info.conversationId).toBe(ANNA_PERSONAL);
    expect(info.body.attachments[0]).toEqual({
      contentType: FILE_INFO_CONTENT_TYPE,
      name: pdf!.name,
      contentUrl: uploadInfo.contentUrl,
      content: { uniqueId: uploadInfo.uniqueId, fileType: "pdf" },
    });

    // The same consent again: the offer was taken, nothing is uploaded twice.
    const again = await post(
      fileConsentInvoke(serviceUrl, "accept", pdf!.content.acceptContext, { uploadInfo }),
    );
    expect(again.status).toBe(200);
    await connector.waitFor(() =>
      textsIn(ANNA_PERSONAL).some((text) => text.includes("niet (meer) beschikbaar")),
    );
    expect(connector.uploads).toHaveLength(1);
  });

  it("declining is answered, and nothing is uploaded", async () => {
    const [json] = await offer(personalMessage(serviceUrl, `dossier ${caseNumber} json`), 1);
    const declined = await post(fileConsentInvoke(serviceUrl, "decline", json!.content.declineContext));
    expect(declined.status).toBe(200);
    await connector.waitFor(() => textsIn(ANNA_PERSONAL).some((text) => text.includes("geweigerd")));
    expect(textsIn(ANNA_PERSONAL).find((text) => text.includes("geweigerd"))).toBe(
      `Je hebt ${json!.name} geweigerd; het is niet verstuurd.`,
    );
    expect(connector.uploads).toEqual([]);
  });

  it("only the person it was made for can accept a file", async () => {
    const [json] = await offer(personalMessage(serviceUrl, `dossier ${caseNumber} json`), 1);
    const uploadInfo = { name: json!.name, uploadUrl: connector.uploadUrl(json!.name), fileType: "json" };
    const stranger = await post(
      fileConsentInvoke(serviceUrl, "accept", json!.content.acceptContext, {
        uploadInfo,
        from: PETRA,
        conversationId: "a:personal-petra",
      }),
    );
    expect(stranger.status).toBe(200);
    await connector.waitFor(() =>
      textsIn("a:personal-petra").some((t) => t.includes("niet (meer) beschikbaar")),
    );
    expect(connector.uploads).toEqual([]);
    // Anna still can.
    await post(fileConsentInvoke(serviceUrl, "accept", json!.content.acceptContext, { uploadInfo }));
    expect(connector.uploads).toHaveLength(1);
    const dossier = JSON.parse(connector.uploads[0]!.bytes.toString("utf8"));
    expect(dossier).toMatchObject({ audience: "careTeam" });
    expect(JSON.stringify(dossier)).not.toContain(COMPLAINANT_NAME);
  });

  it("in a channel: the files go to the personal chat, the channel only gets a pointer", async () => {
    const cards = await offer(channelMessage(serviceUrl, `dossier ${caseNumber}`), 2);
    expect(cards).toHaveLength(2);
    for (const request of consentRequests()) expect(request.conversationId).toBe(ANNA_PERSONAL);
    await connector.waitFor(() => textsIn(CHANNEL).length > 0);
    expect(textsIn(CHANNEL)).toEqual([
      "Ik heb het je privé gestuurd, in je persoonlijke chat met Nabuur. Sta de bestanden daar toe om ze te ontvangen.",
    ]);
  });

  it("in a channel, without a personal chat yet: the person is told to open one, nothing is offered", async () => {
    // Karim has only ever written in the channel.
    const response = await post(channelMessage(serviceUrl, `dossier ${caseNumber}`, [], KARIM));
    expect(response.status).toBeLessThan(300);
    await connector.waitFor(() => textsIn(CHANNEL).length > 0);
    expect(textsIn(CHANNEL)[0]).toContain("Open de chat met Nabuur");
    expect(consentRequests()).toEqual([]);
  });

  it("the 'Dossier' button on the case summary offers the files for whoever clicks", async () => {
    expect((await post(personalMessage(serviceUrl, `zaak ${caseNumber}`))).status).toBeLessThan(300);
    await connector.waitFor(() =>
      connector.activities().some((r) => JSON.stringify(r.body).includes(CASE_BUTTON_IDS.dossier)),
    );
    const summary = connector
      .activities()
      .find((r) => JSON.stringify(r.body).includes(CASE_BUTTON_IDS.dossier))!;
    for (const card of FakeBotConnector.cardsOf(summary)) expect(adaptiveCardProblems(card)).toEqual([]);
    const action = findAction(FakeBotConnector.cardsOf(summary), CASE_BUTTON_IDS.dossier);
    expect(action).not.toBeNull();
    const before = consentCards().length;
    const clicked = await post(
      cardInvoke(serviceUrl, CASE_BUTTON_IDS.dossier, action!.data, {
        conversation: conversations.personal(),
        replyToId: summary.response.id,
      }),
    );
    expect(clicked.status).toBe(200);
    expect(await clicked.json()).toMatchObject({
      type: "application/vnd.microsoft.activity.message",
      value: "Sta hieronder de bestanden toe om ze te ontvangen.",
    });
    await connector.waitFor(() => consentCards().length >= before + 2);
    for (const request of consentRequests()) expect(request.conversationId).toBe(ANNA_PERSONAL);
  });
});
