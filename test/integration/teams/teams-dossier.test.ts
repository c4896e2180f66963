/**
 * The nuisance dossier in Teams with the real core: `dossier <nr>` and the "Dossier" button send a
 * file consent card per file to the person's personal chat (never a channel); accepting PUTs the
 * bytes to the upload URL Teams hands over (the fake Bot Connector stands in for OneDrive) and a
 * file info card follows; declining is answered; a command in a channel gets only a pointer.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FILE_CONSENT_CONTENT_TYPE, FILE_INFO_CONTENT_TYPE } from "../../../src/bot/teams/private-files.ts";
import { CASE_BUTTON_IDS } from "../../../src/flows/cases/buttons.ts";
import { createLogger } from "../../../src/logger.ts";
import { type ConnectorRequest, FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import {
  CHANNEL,
  cardInvoke,
  channelMessage,
  conversations,
  fileConsentInvoke,
  personalMessage,
  USER,
} from "../../helpers/teams-activities.ts";
import { startTeamsAppHarness, type TeamsAppHarness } from "../../helpers/teams-harness.ts";
import { adaptiveCardProblems } from "../../unit/bot/teams/adaptive-card-validator.ts";
import { COMPLAINANT_NAME, driveCaseToActie5 } from "../dossier/dossier-scenario.ts";

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
  let h: TeamsAppHarness;
  let caseNumber: string;

  const consentRequests = () =>
    h.connector
      .activities()
      .filter((request) => attachmentsOf(request).some((a) => a.contentType === FILE_CONSENT_CONTENT_TYPE));
  const consentCards = () =>
    consentRequests().flatMap((request) =>
      (attachmentsOf(request) as unknown as ConsentAttachment[]).filter(
        (a) => a.contentType === FILE_CONSENT_CONTENT_TYPE,
      ),
    );
  const textsIn = (conversationId: string) =>
    h.connector
      .activities()
      .filter((request) => request.conversationId?.startsWith(conversationId))
      .map((request) => String(request.body?.text ?? ""));

  /** Sends the activity and waits until `count` consent cards were sent since. */
  async function offer(activity: Record<string, unknown>, count: number): Promise<ConsentAttachment[]> {
    const before = consentCards().length;
    expect((await h.post(activity)).status).toBeLessThan(300);
    await h.connector.waitFor(() => consentCards().length >= before + count);
    return consentCards().slice(before);
  }

  // A whole case from intake to Actie 5 first: allow for a busy machine.
  beforeAll(async () => {
    h = await startTeamsAppHarness({ logger: createLogger("silent") });
    const { world } = h;
    await h.link(world.worker, USER);
    await h.link(world.landlordStaff, PETRA);
    await h.link(world.coordinator, KARIM);
    ({ caseNumber } = await driveCaseToActie5(h.nabuur.runtime, h.clock, world));
  }, 180_000);
  afterAll(() => h.stop());
  beforeEach(() => {
    h.connector.requests.length = 0;
    h.connector.uploads.length = 0;
  });

  it("`dossier <nr>` in the personal chat: the notice and one consent card per file, carrying only an opaque id", async () => {
    const cards = await offer(personalMessage(h.serviceUrl, `dossier ${caseNumber}`), 2);
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
    const [pdf] = await offer(personalMessage(h.serviceUrl, `dossier ${caseNumber} pdf`), 1);
    const uploadInfo = {
      name: pdf!.name,
      uploadUrl: h.connector.uploadUrl(pdf!.name),
      contentUrl: `https://contoso.sharepoint.com/personal/anna/Documents/Applications/${pdf!.name}`,
      uniqueId: "1150D938-8870-4044-9F2C-5BBDEBA70C8C",
      fileType: "pdf",
    };
    const accepted = await h.post(
      fileConsentInvoke(h.serviceUrl, "accept", pdf!.content.acceptContext, { uploadInfo }),
    );
    expect(accepted.status).toBe(200);
    expect(h.connector.uploads).toHaveLength(1);
    const upload = h.connector.uploads[0]!;
    expect(upload.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(upload.bytes.length).toBe(pdf!.content.sizeInBytes);
    expect(upload.contentType).toBe("application/pdf");
    expect(upload.contentRange).toBe(`bytes 0-${upload.bytes.length - 1}/${upload.bytes.length}`);

    await h.connector.waitFor(() =>
      h.connector
        .activities()
        .some((r) => attachmentsOf(r).some((a) => a.contentType === FILE_INFO_CONTENT_TYPE)),
    );
    const info = h.connector
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
    const again = await h.post(
      fileConsentInvoke(h.serviceUrl, "accept", pdf!.content.acceptContext, { uploadInfo }),
    );
    expect(again.status).toBe(200);
    await h.connector.waitFor(() =>
      textsIn(ANNA_PERSONAL).some((text) => text.includes("niet (meer) beschikbaar")),
    );
    expect(h.connector.uploads).toHaveLength(1);
  });

  it("declining is answered, and nothing is uploaded", async () => {
    const [json] = await offer(personalMessage(h.serviceUrl, `dossier ${caseNumber} json`), 1);
    const declined = await h.post(fileConsentInvoke(h.serviceUrl, "decline", json!.content.declineContext));
    expect(declined.status).toBe(200);
    await h.connector.waitFor(() => textsIn(ANNA_PERSONAL).some((text) => text.includes("geweigerd")));
    expect(textsIn(ANNA_PERSONAL).find((text) => text.includes("geweigerd"))).toBe(
      `Je hebt ${json!.name} geweigerd; het is niet verstuurd.`,
    );
    expect(h.connector.uploads).toEqual([]);
  });

  it("only the person it was made for can accept a file", async () => {
    const [json] = await offer(personalMessage(h.serviceUrl, `dossier ${caseNumber} json`), 1);
    const uploadInfo = { name: json!.name, uploadUrl: h.connector.uploadUrl(json!.name), fileType: "json" };
    const stranger = await h.post(
      fileConsentInvoke(h.serviceUrl, "accept", json!.content.acceptContext, {
        uploadInfo,
        from: PETRA,
        conversationId: "a:personal-petra",
      }),
    );
    expect(stranger.status).toBe(200);
    await h.connector.waitFor(() =>
      textsIn("a:personal-petra").some((t) => t.includes("niet (meer) beschikbaar")),
    );
    expect(h.connector.uploads).toEqual([]);
    // Anna still can.
    await h.post(fileConsentInvoke(h.serviceUrl, "accept", json!.content.acceptContext, { uploadInfo }));
    expect(h.connector.uploads).toHaveLength(1);
    const dossier = JSON.parse(h.connector.uploads[0]!.bytes.toString("utf8"));
    expect(dossier).toMatchObject({ audience: "careTeam" });
    expect(JSON.stringify(dossier)).not.toContain(COMPLAINANT_NAME);
  });

  it("in a channel: the files go to the personal chat, the channel only gets a pointer", async () => {
    const cards = await offer(channelMessage(h.serviceUrl, `dossier ${caseNumber}`), 2);
    expect(cards).toHaveLength(2);
    for (const request of consentRequests()) expect(request.conversationId).toBe(ANNA_PERSONAL);
    await h.connector.waitFor(() => textsIn(CHANNEL).length > 0);
    expect(textsIn(CHANNEL)).toEqual([
      "Ik heb het je privé gestuurd, in je persoonlijke chat met Nabuur. Sta de bestanden daar toe om ze te ontvangen.",
    ]);
  });

  it("in a channel, without a personal chat yet: the person is told to open one, nothing is offered", async () => {
    // Karim has only ever written in the channel.
    const response = await h.post(channelMessage(h.serviceUrl, `dossier ${caseNumber}`, [], KARIM));
    expect(response.status).toBeLessThan(300);
    await h.connector.waitFor(() => textsIn(CHANNEL).length > 0);
    expect(textsIn(CHANNEL)[0]).toContain("Open de chat met Nabuur");
    expect(consentRequests()).toEqual([]);
  });

  it("the 'Dossier' button on the case summary offers the files for whoever clicks", async () => {
    expect((await h.post(personalMessage(h.serviceUrl, `zaak ${caseNumber}`))).status).toBeLessThan(300);
    await h.connector.waitFor(() =>
      h.connector.activities().some((r) => JSON.stringify(r.body).includes(CASE_BUTTON_IDS.dossier)),
    );
    const summary = h.connector
      .activities()
      .find((r) => JSON.stringify(r.body).includes(CASE_BUTTON_IDS.dossier))!;
    for (const card of FakeBotConnector.cardsOf(summary)) expect(adaptiveCardProblems(card)).toEqual([]);
    const action = findAction(FakeBotConnector.cardsOf(summary), CASE_BUTTON_IDS.dossier);
    expect(action).not.toBeNull();
    const before = consentCards().length;
    const clicked = await h.post(
      cardInvoke(h.serviceUrl, CASE_BUTTON_IDS.dossier, action!.data, {
        conversation: conversations.personal(),
        replyToId: summary.response.id,
      }),
    );
    expect(clicked.status).toBe(200);
    expect(await clicked.json()).toMatchObject({
      type: "application/vnd.microsoft.activity.message",
      value: "Sta hieronder de bestanden toe om ze te ontvangen.",
    });
    await h.connector.waitFor(() => consentCards().length >= before + 2);
    for (const request of consentRequests()) expect(request.conversationId).toBe(ANNA_PERSONAL);
  });
});
