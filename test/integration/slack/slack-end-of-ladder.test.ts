/**
 * Actie 6 and Nieuwe kansen through the real Bolt app: at Actie 6 the ladder card in the shared
 * thread offers the alternative and the eviction; after an eviction it offers the support after it
 * (the care team's decision, its note care-only) and the reflection meeting with all parties.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_BUTTON_IDS, CASE_FORM_IDS } from "../../../src/flows/cases/buttons.ts";
import { handleCaseEvent } from "../../../src/services/case-service.ts";
import { modalProblems } from "../../helpers/block-kit-limits.ts";
import { TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import {
  assessConsciousJustified,
  fileNoiseComplaint,
  registerWorldParticipant,
} from "../../helpers/procedure.ts";
import {
  findButton,
  postedMessages,
  type SlackHarness,
  startSlackHarness,
  viewValues,
  waitForModal,
} from "../../helpers/slack-harness.ts";

const SUPPORT_NOTE = "GEHEIM-NAZORG: wil eerst rust";
const HOUR = 3600_000;

describe.each(TEST_DATABASE_KINDS)("the end of the ladder through Slack on %s", (kind) => {
  let h: SlackHarness;
  let caseId: string;
  const shared = () =>
    postedMessages(h.slack).filter((call) => call.body.channel === h.world.channels.shared);
  const ephemerals = () => h.slack.callsTo("chat.postEphemeral");
  /** The ladder card as last posted or updated, once the eviction is recorded (its own button). */
  const ladderCardAfterEviction = () =>
    JSON.stringify(
      shared().findLast((call) =>
        JSON.stringify(call.body.blocks).includes(CASE_BUTTON_IDS.supportAfterEviction),
      )?.body.blocks ?? null,
    );
  const timeline = (event: string) =>
    h.nabuur.database.prisma.timelineEntry.findMany({
      where: { subject: `case:${caseId}`, event },
      orderBy: { seq: "asc" },
    });

  /** Click a button of the shared thread's ladder card, wait for its modal and submit it. */
  async function viaModal(
    user: string,
    actionId: string,
    formId: string,
    values: Record<string, string | boolean | Date>,
  ) {
    await h.click(h.user(user), findButton(shared(), actionId), h.world.channels.shared);
    const modal = await waitForModal(h.slack, formId);
    expect(modalProblems(modal)).toEqual([]);
    const response = await h.submit(h.user(user), {
      callback_id: formId,
      private_metadata: String(modal.private_metadata),
      values: viewValues(values),
    });
    await h.tick();
    return response;
  }

  beforeAll(async () => {
    h = await startSlackHarness(kind);
    const participantId = await registerWorldParticipant(h.nabuur.runtime, h.world, "HF-060");
    caseId = (await fileNoiseComplaint(h.nabuur.runtime, h.world, participantId, "Harde muziek")).id;
    await assessConsciousJustified(h.nabuur.runtime, caseId, h.world.actor(h.world.worker));
    // Actie 6 taken with its preconditions unmet: recorded, not refused.
    await handleCaseEvent(h.nabuur.runtime, caseId, {
      type: "ladderStepTaken",
      actor: h.world.actor(h.world.landlordStaff),
      step: "actie6",
      situation: null,
    });
    await h.tick();
  });
  afterAll(() => h.stop());

  it("Actie 6: the ladder card offers the alternative and the eviction; an eviction in the future is refused in Dutch", async () => {
    expect(() => findButton(shared(), CASE_BUTTON_IDS.alternative)).not.toThrow();
    const response = await viaModal("ULANDLORD", CASE_BUTTON_IDS.eviction, CASE_FORM_IDS.eviction, {
      at: new Date(h.clock.now().getTime() + 48 * HOUR),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      response_action: "errors",
      errors: { at: "Deze datum ligt in de toekomst." },
    });
    expect(await timeline("eviction.recorded")).toHaveLength(0);
  });

  it("landlord staff record the eviction: the card then offers the support after it and the reflection meeting", async () => {
    const evictedAt = new Date(h.clock.now().getTime() - 2 * HOUR);
    await viaModal("ULANDLORD", CASE_BUTTON_IDS.eviction, CASE_FORM_IDS.eviction, { at: evictedAt });
    const [entry] = await timeline("eviction.recorded");
    expect(entry?.visibility).toBe("shared");
    expect(JSON.parse(JSON.stringify(entry?.details))).toMatchObject({ evictedAt: evictedAt.toISOString() });
    await h.slack.waitFor(() => ladderCardAfterEviction().includes(CASE_BUTTON_IDS.reflection));
    const card = ladderCardAfterEviction();
    expect(card).toContain("Ontruiming vastgelegd op");
    expect(card).toContain("Moment van reflectie en evaluatie met alle partijen: uiterlijk");
    // After the eviction neither the alternative nor a second eviction is offered.
    expect(card).not.toContain(CASE_BUTTON_IDS.alternative);
    expect(card).not.toContain(CASE_BUTTON_IDS.eviction);
  });

  it("Nieuwe kansen: only the care team decides on the support; the note stays out of the shared channel", async () => {
    // Landlord staff pressing the care team's button: a clear refusal, no form, nothing recorded.
    const before = ephemerals().length;
    await h.click(
      h.user("ULANDLORD"),
      findButton(shared(), CASE_BUTTON_IDS.supportAfterEviction),
      h.world.channels.shared,
    );
    await h.slack.waitFor(() => ephemerals().length > before);
    expect(ephemerals().at(-1)?.body.text).toBe(
      "Alleen de begeleider of de coördinator kan een interventie aanbieden.",
    );

    await viaModal("UWORKER", CASE_BUTTON_IDS.supportAfterEviction, CASE_FORM_IDS.supportAfterEviction, {
      participantDeclines: true,
      note: SUPPORT_NOTE,
    });
    const entries = await timeline("support.afterEviction");
    // The first entry is the default at the eviction (support continues), the second the decision.
    expect(entries.map((e) => [e.visibility, (e.details as { continues: boolean }).continues])).toEqual([
      ["careTeam", true],
      ["careTeam", false],
    ]);
    const state = await h.nabuur.database.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(JSON.stringify(state)).toContain("declinedByParticipant");
    expect(JSON.stringify(shared())).not.toContain("GEHEIM-NAZORG");
  });

  it("the reflection meeting held is recorded once and the card says so", async () => {
    const heldAt = new Date(h.clock.now().getTime() - HOUR);
    await viaModal("UCOORD", CASE_BUTTON_IDS.reflection, CASE_FORM_IDS.reflection, { heldAt });
    expect(await timeline("reflection.held")).toHaveLength(1);
    const deadline = await h.nabuur.database.prisma.deadline.findFirstOrThrow({
      where: { subject: `case:${caseId}`, key: "reflection.meeting" },
    });
    expect(deadline.state).toBe("done");
    await h.slack.waitFor(() =>
      ladderCardAfterEviction().includes("Reflectie en evaluatie met alle partijen gehouden op"),
    );
    expect(ladderCardAfterEviction()).not.toContain(CASE_BUTTON_IDS.reflection);
  });
});

describe.each(TEST_DATABASE_KINDS)("an eviction after an agreed alternative, through Slack on %s", (kind) => {
  let h: SlackHarness;
  let caseId: string;
  const shared = () =>
    postedMessages(h.slack).filter((call) => call.body.channel === h.world.channels.shared);
  const ladderCard = () =>
    JSON.stringify(
      shared().findLast((call) => JSON.stringify(call.body.blocks).includes(CASE_BUTTON_IDS.eviction))?.body
        .blocks ?? null,
    );
  const lastLadderCard = () =>
    JSON.stringify(
      shared().findLast((call) => JSON.stringify(call.body.blocks).includes("Ontruiming vastgelegd op"))?.body
        .blocks ?? null,
    );
  const timeline = (event: string) =>
    h.nabuur.database.prisma.timelineEntry.findMany({
      where: { subject: `case:${caseId}`, event },
      orderBy: { seq: "asc" },
    });

  beforeAll(async () => {
    h = await startSlackHarness(kind);
    const participantId = await registerWorldParticipant(h.nabuur.runtime, h.world, "HF-061");
    caseId = (await fileNoiseComplaint(h.nabuur.runtime, h.world, participantId, "Harde muziek")).id;
    await assessConsciousJustified(h.nabuur.runtime, caseId, h.world.actor(h.world.worker));
    await handleCaseEvent(h.nabuur.runtime, caseId, {
      type: "ladderStepTaken",
      actor: h.world.actor(h.world.landlordStaff),
      step: "actie6",
      situation: null,
    });
    await handleCaseEvent(h.nabuur.runtime, caseId, {
      type: "participantAgreedAlternative",
      actor: h.world.actor(h.world.worker),
      description: "Kamer bij een andere zorgaanbieder",
    });
    await h.tick();
  });
  afterAll(() => h.stop());

  it("Actie 6: the eviction form asks first; without the tick nothing is recorded", async () => {
    await h.slack.waitFor(() => ladderCard().includes("geen rechtszaak nodig"));
    await h.click(
      h.user("ULANDLORD"),
      findButton(shared(), CASE_BUTTON_IDS.eviction),
      h.world.channels.shared,
    );
    const modal = await waitForModal(h.slack, CASE_FORM_IDS.eviction);
    expect(modalProblems(modal)).toEqual([]);
    expect(JSON.stringify(modal.blocks)).toContain("Toch een ontruiming vastleggen?");
    const response = await h.submit(h.user("ULANDLORD"), {
      callback_id: CASE_FORM_IDS.eviction,
      private_metadata: String(modal.private_metadata),
      values: viewValues({ at: new Date(h.clock.now().getTime() - HOUR), despiteAlternative: false }),
    });
    expect(await response.json()).toEqual({
      response_action: "errors",
      errors: { despiteAlternative: "Vink aan om de ontruiming toch vast te leggen, of sluit dit venster." },
    });
    await h.tick();
    expect(await timeline("eviction.recorded")).toHaveLength(0);
  });

  it("going on records the contradiction in the dossier and the card no longer says no court case is needed", async () => {
    await h.click(
      h.user("ULANDLORD"),
      findButton(shared(), CASE_BUTTON_IDS.eviction),
      h.world.channels.shared,
    );
    const modal = await waitForModal(h.slack, CASE_FORM_IDS.eviction);
    await h.submit(h.user("ULANDLORD"), {
      callback_id: CASE_FORM_IDS.eviction,
      private_metadata: String(modal.private_metadata),
      values: viewValues({ at: new Date(h.clock.now().getTime() - HOUR), despiteAlternative: true }),
    });
    await h.tick();
    const [entry] = await timeline("eviction.recorded");
    expect(JSON.parse(JSON.stringify(entry?.details))).toMatchObject({
      despiteAlternative: "Kamer bij een andere zorgaanbieder",
    });
    await h.slack.waitFor(() => lastLadderCard() !== "null");
    const card = lastLadderCard();
    expect(card).toContain("Tegenstrijdig: de deelnemer stemde in met alternatieve huisvesting en zorg");
    expect(card).not.toContain("geen rechtszaak nodig.");
  });
});
