/**
 * Actie 1 through the real Bolt app: an anonymous complaint says so, and a complaint passed on more
 * than 24 hours after the landlord received it is flagged, on the shared case card and in the
 * landlord's summary (never the complainant's identity).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_BUTTON_IDS } from "../../../src/flows/cases/buttons.ts";
import { TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import { fileWorldComplaint, registerWorldParticipant } from "../../helpers/procedure.ts";
import {
  findButton,
  postedMessages,
  type SlackHarness,
  startSlackHarness,
} from "../../helpers/slack-harness.ts";

const ANONYMOUS = "klager anoniem";
const LATE = "later dan 24 uur na ontvangst doorgegeven";

describe.each(TEST_DATABASE_KINDS)("Actie 1 marks through Slack on %s", (kind) => {
  let h: SlackHarness;
  const shared = () =>
    postedMessages(h.slack).filter((call) => call.body.channel === h.world.channels.shared);
  const cardOf = (reference: string) =>
    JSON.stringify(
      shared().findLast((call) => JSON.stringify(call.body.blocks).includes(reference))?.body.blocks,
    );

  async function summaryFor(reference: string): Promise<string> {
    const card = shared().findLast(
      (call) =>
        JSON.stringify(call.body.blocks).includes(reference) &&
        JSON.stringify(call.body.blocks).includes(CASE_BUTTON_IDS.summary),
    )!;
    const before = h.slack.callsTo("chat.postEphemeral").length;
    await h.click(h.user("ULANDLORD"), findButton([card], CASE_BUTTON_IDS.summary));
    await h.slack.waitFor(() => h.slack.callsTo("chat.postEphemeral").length > before);
    return JSON.stringify(h.slack.callsTo("chat.postEphemeral").at(-1)?.body.blocks);
  }

  beforeAll(async () => {
    h = await startSlackHarness(kind);
    const late = await registerWorldParticipant(h.nabuur.runtime, h.world, "HF-080");
    await fileWorldComplaint(h.nabuur.runtime, h.world, late, {
      type: "noise",
      description: "Harde muziek",
      hoursAgo: 40,
      afterTen: false,
      receivedHoursAgo: 30,
    });
    const named = await registerWorldParticipant(h.nabuur.runtime, h.world, "HF-081");
    await fileWorldComplaint(h.nabuur.runtime, h.world, named, {
      type: "noise",
      description: "Deur dichtgeslagen",
      hoursAgo: 3,
      afterTen: false,
      complainant: { name: "Mevrouw Jansen", contact: "06-12345678" },
    });
    await h.tick();
  });
  afterAll(() => h.stop());

  it("the case card marks the anonymous complaint passed on late; a named one in time carries no mark", async () => {
    await h.slack.waitFor(() => cardOf("HF-081") !== undefined && cardOf("HF-080") !== undefined);
    expect(cardOf("HF-080")).toContain(ANONYMOUS);
    expect(cardOf("HF-080")).toContain(LATE);
    expect(cardOf("HF-081")).not.toContain(ANONYMOUS);
    expect(cardOf("HF-081")).not.toContain(LATE);
    expect(cardOf("HF-081")).not.toContain("Jansen");
  });

  it("the landlord's summary says the same", async () => {
    const late = await summaryFor("HF-080");
    expect(late).toContain(ANONYMOUS);
    expect(late).toContain(LATE);
    const named = await summaryFor("HF-081");
    expect(named).not.toContain(ANONYMOUS);
    expect(named).not.toContain(LATE);
  });
});
