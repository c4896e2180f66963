/**
 * The nuisance dossier through the real Bolt app: `/nabuur dossier <nr> [pdf|json]` and the
 * "Dossier" button on the case summary upload the PDF and the JSON with files.uploadV2 to the
 * person's DM with the bot — the bytes really reach the fake Slack's upload URL — and never to the
 * shared channel. Landlord staff get the landlord's version (no care-only content), the care team
 * its own (no complainant identity); every export is in the access log.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_BUTTON_IDS } from "../../../src/flows/cases/buttons.ts";
import { messageProblems } from "../../helpers/block-kit-limits.ts";
import { TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import type { FakeUpload, SlackCall } from "../../helpers/fake-slack.ts";
import { type SlackHarness, startSlackHarness } from "../../helpers/slack-harness.ts";
import {
  CARE_SECRETS,
  COMPLAINANT_CONTACT,
  COMPLAINANT_NAME,
  driveCaseToActie5,
} from "../dossier/dossier-scenario.ts";

const SHARED = "CSHARED";

/** The files shared by one files.completeUploadExternal call, with their bytes. */
function filesOf(h: SlackHarness, completion: SlackCall): FakeUpload[] {
  const ids = (completion.body.files as { id: string }[]).map((file) => file.id);
  return ids.map((id) => h.slack.uploads.get(id)!);
}

function byExtension(files: FakeUpload[], extension: string): FakeUpload {
  const file = files.find((candidate) => candidate.filename.endsWith(`.${extension}`));
  if (!file) throw new Error(`no .${extension} file in ${files.map((f) => f.filename).join(", ")}`);
  return file;
}

describe.each(TEST_DATABASE_KINDS)("the nuisance dossier in Slack on %s", (kind) => {
  let h: SlackHarness;
  let caseNumber: string;

  /**
   * Runs the action (in the shared channel) and waits for the next completed upload and the
   * ephemeral pointer to the DM that follows it.
   */
  async function nextUpload(action: () => Promise<Response>): Promise<SlackCall> {
    const before = h.slack.callsTo("files.completeUploadExternal").length;
    const ephemeralsBefore = h.slack.callsTo("chat.postEphemeral").length;
    expect((await action()).status).toBe(200);
    await h.slack.waitFor(
      () =>
        h.slack.callsTo("files.completeUploadExternal").length > before &&
        h.slack.callsTo("chat.postEphemeral").length > ephemeralsBefore,
    );
    return h.slack.callsTo("files.completeUploadExternal").at(-1)!;
  }

  /** Runs the action and returns the next ephemeral message. */
  async function nextEphemeral(action: () => Promise<Response>): Promise<SlackCall> {
    const before = h.slack.callsTo("chat.postEphemeral").length;
    expect((await action()).status).toBe(200);
    await h.slack.waitFor(() => h.slack.callsTo("chat.postEphemeral").length > before);
    return h.slack.callsTo("chat.postEphemeral").at(-1)!;
  }

  // A whole case from intake to Actie 5 first: allow for a busy machine.
  beforeAll(async () => {
    h = await startSlackHarness(kind);
    ({ caseNumber } = await driveCaseToActie5(h.nabuur.runtime, h.clock, h.world));
    await h.tick();
  }, 180_000);
  afterAll(() => h.stop());

  it("/nabuur dossier <nr>: the care team's PDF and JSON go to the worker's DM, not to the shared channel", async () => {
    const sharedPostsBefore = h.slack
      .callsTo("chat.postMessage")
      .filter((call) => call.body.channel === SHARED).length;
    const completion = await nextUpload(() =>
      h.command(h.user("UWORKER"), "/nabuur", `dossier ${caseNumber}`, SHARED),
    );
    expect(completion.body.channel_id).toBe("DUWORKER");
    expect(String(completion.body.initial_comment)).toContain(`zaak ${caseNumber}`);
    expect(String(completion.body.initial_comment)).toContain("versie voor de zorgaanbieder");

    const files = filesOf(h, completion);
    expect(files.map((file) => file.filename)).toEqual([
      `overlastdossier-zaak-${caseNumber}-zorg.pdf`,
      `overlastdossier-zaak-${caseNumber}-zorg.json`,
    ]);
    const pdf = byExtension(files, "pdf");
    expect(pdf.bytes!.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.bytes!.length).toBe(pdf.length);
    expect(pdf.title).toBe(`Overlastdossier zaak ${caseNumber} — versie voor de zorgaanbieder (PDF)`);
    const json = byExtension(files, "json").bytes!.toString("utf8");
    expect(JSON.parse(json)).toMatchObject({ audience: "careTeam", case: { number: caseNumber } });
    // The care team's version: care-only content, but never who complained.
    expect(json).toContain("GEHEIM-ZORGNOTITIE");
    expect(json).not.toContain(COMPLAINANT_NAME);
    expect(json).not.toContain(COMPLAINANT_CONTACT);

    // Where the command was given, only the worker sees a pointer to the DM.
    expect(h.slack.callsTo("chat.postEphemeral").at(-1)!.body).toMatchObject({
      channel: SHARED,
      user: "UWORKER",
      text: "De bestanden staan in je privéberichten met Nabuur; alleen jij krijgt ze.",
    });
    expect(h.slack.callsTo("chat.postMessage").filter((call) => call.body.channel === SHARED).length).toBe(
      sharedPostsBefore,
    );

    const logged = await h.nabuur.database.prisma.accessLog.findMany({
      where: { memberId: h.world.worker.id, action: { startsWith: "dossier.export." } },
    });
    expect(logged.map((row) => row.action).sort()).toEqual([
      "dossier.export.careTeam.json",
      "dossier.export.careTeam.pdf",
    ]);
  });

  it("the 'Dossier' button on /nabuur zaak: landlord staff get the landlord's version in their DM", async () => {
    const summary = await nextEphemeral(() =>
      h.command(h.user("ULANDLORD"), "/nabuur", `zaak ${caseNumber}`, SHARED),
    );
    expect(summary.body.user).toBe("ULANDLORD");
    expect(messageProblems(summary.body)).toEqual([]);
    const button = (
      summary.body.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]
    )
      .filter((block) => block.type === "actions")
      .flatMap((block) => block.elements ?? [])
      .find((element) => element.action_id === CASE_BUTTON_IDS.dossier);
    expect(button).toBeDefined();

    const completion = await nextUpload(() =>
      h.click(h.user("ULANDLORD"), { action_id: button!.action_id, value: button!.value }, SHARED),
    );
    expect(completion.body.channel_id).toBe("DULANDLORD");
    const files = filesOf(h, completion);
    expect(byExtension(files, "pdf").bytes!.subarray(0, 4).toString("latin1")).toBe("%PDF");
    const json = byExtension(files, "json").bytes!.toString("utf8");
    expect(JSON.parse(json)).toMatchObject({ audience: "landlord" });
    // The landlord's version: who complained, but no care-only note, hearing or intervention.
    expect(json).toContain(COMPLAINANT_NAME);
    for (const secret of CARE_SECRETS) expect(json).not.toContain(secret);
  });

  it("nothing the dossier export sends ever reaches a channel: every shared file is in a DM", () => {
    const shared = h.slack.sharedFiles();
    expect(shared.length).toBeGreaterThanOrEqual(4);
    for (const file of shared) expect(file.channelId).toMatch(/^D/);
    for (const call of h.slack.callsTo("files.completeUploadExternal"))
      expect(String(call.body.channel_id)).toMatch(/^D/);
  });

  it("`pdf` gives only the PDF, and a member who chose English gets English", async () => {
    await h.nabuur.database.prisma.member.update({
      where: { id: h.world.coordinator.id },
      data: { locale: "en" },
    });
    const completion = await nextUpload(() =>
      h.command(h.user("UCOORD"), "/nabuur", `dossier #${caseNumber} pdf`, SHARED),
    );
    expect(completion.body.channel_id).toBe("DUCOORD");
    expect(filesOf(h, completion).map((file) => file.filename)).toEqual([
      `overlastdossier-zaak-${caseNumber}-zorg.pdf`,
    ]);
    expect(String(completion.body.initial_comment)).toContain(`The nuisance dossier of case ${caseNumber}`);
  });

  it("an unknown case number and a partner get a Dutch message, and nothing is uploaded", async () => {
    const uploadsBefore = h.slack.callsTo("files.getUploadURLExternal").length;
    const unknown = await nextEphemeral(() =>
      h.command(h.user("UWORKER"), "/nabuur", "dossier 99999", SHARED),
    );
    expect(unknown.body.text).toBe("Zaak 99999 is niet gevonden, of je hebt er geen toegang toe.");
    const usage = await nextEphemeral(() => h.command(h.user("UWORKER"), "/nabuur", "dossier", SHARED));
    expect(String(usage.body.text)).toContain("Gebruik: /nabuur dossier <zaaknummer> [pdf|json]");
    const partner = await nextEphemeral(() =>
      h.command(h.user("UPOLICE"), "/nabuur", `dossier ${caseNumber}`, SHARED),
    );
    expect(partner.body.user).toBe("UPOLICE");
    expect(String(partner.body.text)).toContain("zorg exporteren");
    expect(h.slack.callsTo("files.getUploadURLExternal").length).toBe(uploadsBefore);
  });

  it("a workspace that refuses files (no files:write) gets a clear Dutch message instead of an error", async () => {
    h.slack.failNext("files.getUploadURLExternal", { kind: "slackError", error: "missing_scope" });
    const answer = await nextEphemeral(() =>
      h.command(h.user("UWORKER"), "/nabuur", `dossier ${caseNumber} json`, SHARED),
    );
    expect(answer.body.user).toBe("UWORKER");
    expect(String(answer.body.text)).toContain("files:write");
    expect(String(answer.body.text)).toContain("Er is niets verstuurd.");
  });
});
