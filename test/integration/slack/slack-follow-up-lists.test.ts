/**
 * The care team's long lists through the real Bolt app: with many open actions the follow-up card
 * shows the current step's newest actions first (what was just agreed is never the part hidden),
 * and the care team's summary shows every action and each intervention with its details.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_BUTTON_IDS } from "../../../src/flows/cases/buttons.ts";
import { handleCaseEvent } from "../../../src/services/case-service.ts";
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
} from "../../helpers/slack-harness.ts";

const ADDED = 24;

describe.each(TEST_DATABASE_KINDS)("the care team's long lists through Slack on %s", (kind) => {
  let h: SlackHarness;
  let caseId: string;
  const care = () =>
    postedMessages(h.slack).filter((call) => call.body.channel === h.world.channels.careTeam);
  /** The care team's follow-up card (its add-action button), as last posted or updated. */
  const followUpCard = () =>
    JSON.stringify(
      care().findLast((call) => JSON.stringify(call.body.blocks).includes(CASE_BUTTON_IDS.addAction))?.body
        .blocks ?? null,
    );

  beforeAll(async () => {
    h = await startSlackHarness(kind);
    const participantId = await registerWorldParticipant(h.nabuur.runtime, h.world, "HF-070");
    caseId = (await fileNoiseComplaint(h.nabuur.runtime, h.world, participantId, "Harde muziek")).id;
    await assessConsciousJustified(h.nabuur.runtime, caseId, h.world.actor(h.world.worker));
    for (let n = 1; n <= ADDED; n += 1) {
      await handleCaseEvent(h.nabuur.runtime, caseId, {
        type: "actionAdded",
        actor: h.world.actor(h.world.worker),
        text: `Afspraak nummer ${n} met de deelnemer`,
        ownerRole: "careTeamMember",
        dueAt: null,
        audience: "careTeam",
      });
    }
    await handleCaseEvent(h.nabuur.runtime, caseId, {
      type: "interventionOffered",
      actor: h.world.actor(h.world.worker),
      detail: { kind: "timeOut", reason: "safety" },
      note: "Twee weken logeerplek",
    });
    await handleCaseEvent(h.nabuur.runtime, caseId, {
      type: "interventionOffered",
      actor: h.world.actor(h.world.worker),
      detail: { kind: "scaleUpCare", daily: true },
      note: null,
    });
    // The outbox delivers a batch per tick: tick until the last card update went out.
    for (
      let i = 0;
      i < 10 && (await h.nabuur.database.prisma.outboxMessage.count({ where: { status: "pending" } })) > 0;
      i++
    )
      await h.tick();
  });
  afterAll(() => h.stop());

  it("the follow-up card shows the newest open actions; the hidden ones are the oldest", async () => {
    await h.slack.waitFor(() => followUpCard().includes(`Afspraak nummer ${ADDED} met`));
    const card = followUpCard();
    expect(card).toContain(`Afspraak nummer ${ADDED - 1} met`);
    expect(card).not.toContain("Afspraak nummer 1 met");
  });

  it("the care team's summary lists every action and each intervention with its details", async () => {
    const before = h.slack.callsTo("chat.postEphemeral").length;
    await h.click(h.user("UWORKER"), findButton(postedMessages(h.slack), CASE_BUTTON_IDS.summary));
    await h.slack.waitFor(() => h.slack.callsTo("chat.postEphemeral").length > before);
    const summary = JSON.stringify(h.slack.callsTo("chat.postEphemeral").at(-1)?.body.blocks);
    for (let n = 1; n <= ADDED; n += 1) expect(summary).toContain(`Afspraak nummer ${n} met`);
    expect(summary).not.toMatch(/… \(\+\d+\)/);
    expect(summary).toContain("Twee weken logeerplek");
    expect(summary).toContain("dagelijks");
  });
});
