/**
 * Termijnen through the real Slack app: `/nabuur mijn` and App Home name every item, a list's
 * "Klaar" closes exactly the deadline on its line, and `/nabuur overzicht` gives the coordinator
 * the team's open cases (refused, with who may, for a support worker).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEADLINE_BUTTON_IDS } from "../../../src/flows/deadlines/buttons.ts";
import { messageProblems } from "../../helpers/block-kit-limits.ts";
import { TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import {
  assessConsciousJustified,
  fileNoiseComplaint,
  registerWorldParticipant,
} from "../../helpers/procedure.ts";
import { buttonsOf, type SlackHarness, startSlackHarness } from "../../helpers/slack-harness.ts";
import { postSigned } from "../../helpers/slack-requests.ts";

describe.each(TEST_DATABASE_KINDS)("Slack lists on %s", (kind) => {
  let h: SlackHarness;
  let caseId: string;
  beforeAll(async () => {
    h = await startSlackHarness(kind);
    const runtime = h.nabuur.runtime;
    const participantId = await registerWorldParticipant(runtime, h.world, "HF-201");
    const opened = await fileNoiseComplaint(runtime, h.world, participantId);
    caseId = opened.id;
    await assessConsciousJustified(runtime, caseId, h.world.actor(h.world.worker));
    await h.tick();
  });
  afterAll(() => h.stop());

  /** The newest ephemeral message to `user` after the first `before` ones. */
  async function ephemeralTo(user: string, before: number) {
    await h.slack.waitFor(() =>
      h.slack
        .callsTo("chat.postEphemeral")
        .slice(before)
        .some((call) => call.body.user === user),
    );
    return h.slack
      .callsTo("chat.postEphemeral")
      .slice(before)
      .filter((call) => call.body.user === user)
      .at(-1)!;
  }

  async function openDeadlines() {
    return h.nabuur.database.prisma.deadline.findMany({
      where: { subject: `case:${caseId}`, state: "open", ownerMemberId: h.world.worker.id },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    });
  }

  it("/nabuur mijn: every line names its item and its case; no two lines alike", async () => {
    const before = h.slack.callsTo("chat.postEphemeral").length;
    await h.command(h.user("UWORKER"), "/nabuur", "mijn");
    const reply = await ephemeralTo("UWORKER", before);
    expect(messageProblems(reply.body)).toEqual([]);
    const lines = (reply.body.blocks as { type: string; text?: { text: string } }[])
      .filter((block) => block.type === "section")
      .map((block) => block.text?.text ?? "");
    // The case's items and the participant's checklist items (Preventie).
    const mine = await h.nabuur.database.prisma.deadline.count({
      where: { state: "open", ownerMemberId: h.world.worker.id },
    });
    expect(lines).toHaveLength(mine);
    expect(new Set(lines).size).toBe(lines.length);
    for (const line of lines) expect(line).toMatch(/^\*.+\*\n(Zaak \d+ · |Deelnemer )HF-201 · uiterlijk /);
    expect(lines.join("\n")).toContain("*Startlijst: ");
    expect(lines.join("\n")).toContain("Zaak starten en de verhuurder laten weten hoe het team het aanpakt");
  });

  it("Klaar on a line closes that line's deadline only, also for two items of the same case and rule", async () => {
    const mine = await openDeadlines();
    // Two items of the one case under the same guideline rule (the agreed actions of Actie 2).
    const byRule = new Map<string, typeof mine>();
    for (const deadline of mine) byRule.set(deadline.rule, [...(byRule.get(deadline.rule) ?? []), deadline]);
    const pair = [...byRule.values()].find((deadlines) => deadlines.length >= 2);
    expect(pair).toBeDefined();
    const [first, second] = pair!;
    for (const target of [second!, first!]) {
      const before = h.slack.callsTo("chat.postEphemeral").length;
      await h.command(h.user("UWORKER"), "/nabuur", "mijn");
      const reply = await ephemeralTo("UWORKER", before);
      const done = buttonsOf(reply).find(
        (button) =>
          button.action_id === DEADLINE_BUTTON_IDS.done && button.value === JSON.stringify({ d: target.id }),
      );
      expect(done).toBeDefined();
      await h.clickAndSettle(h.user("UWORKER"), done!, "DUWORKER");
      const state = await h.nabuur.database.prisma.deadline.findUniqueOrThrow({ where: { id: target.id } });
      expect(state.state).toBe("done");
    }
    const after = await openDeadlines();
    expect(after.map((deadline) => deadline.id)).toEqual(
      mine.filter((deadline) => deadline.id !== first!.id && deadline.id !== second!.id).map((d) => d.id),
    );
  });

  it("/nabuur overzicht gives the coordinator the team's open cases with each owner's items", async () => {
    const before = h.slack.callsTo("chat.postEphemeral").length;
    await h.command(h.user("UCOORD"), "/nabuur", "overzicht");
    const reply = await ephemeralTo("UCOORD", before);
    expect(messageProblems(reply.body)).toEqual([]);
    const text = JSON.stringify(reply.body.blocks);
    expect(text).toContain("Overzicht van het team");
    expect(text).toMatch(/Zaak \d+ · HF-201/);
    expect(text).toContain("Sanne (begeleider)");
    expect(text).toContain("Petra (woonconsulent)");
    expect(text).toContain("Controle na 4 weken");
    // One line per open item of the case; the items reported done are not listed.
    const open = await h.nabuur.database.prisma.deadline.count({
      where: { subject: `case:${caseId}`, state: "open" },
    });
    expect(text.split("• ").length - 1).toBe(open);
  });

  it("/nabuur overzicht is refused to a support worker, naming who may", async () => {
    const before = h.slack.callsTo("chat.postEphemeral").length;
    await h.command(h.user("UWORKER"), "/nabuur", "overzicht");
    const reply = await ephemeralTo("UWORKER", before);
    expect(JSON.stringify(reply.body)).toContain(
      "Alleen de coördinator kan het overzicht van het team bekijken.",
    );
  });

  it("App Home: the coordinator's own list, then the team's overview", async () => {
    const body = JSON.stringify({
      token: "legacy",
      team_id: "T1",
      api_app_id: "A1",
      type: "event_callback",
      event_id: "EvLists",
      event_time: Math.floor(Date.now() / 1000),
      event: { type: "app_home_opened", user: "UCOORD", channel: "DUCOORD", tab: "home", event_ts: "1.0" },
    });
    const published = h.slack.callsTo("views.publish").length;
    const response = await postSigned(h.events, body, {
      secret: "test-signing-secret",
      contentType: "application/json",
    });
    expect(response.status).toBe(200);
    await h.slack.waitFor(() => h.slack.callsTo("views.publish").length > published);
    const view = h.slack.callsTo("views.publish").at(-1)!.body.view as { type: string; blocks: object[] };
    expect(view.type).toBe("home");
    const text = JSON.stringify(view.blocks);
    expect(text.indexOf("Mijn termijnen")).toBeGreaterThan(-1);
    expect(text.indexOf("Overzicht van het team")).toBeGreaterThan(text.indexOf("Mijn termijnen"));
    expect(text).toContain("Sanne (begeleider)");
    expect(text).toContain("Controle na 4 weken");
  });

  it("the case card marks overdue deadlines; one reported done is no longer listed", async () => {
    const prisma = h.nabuur.database.prisma;
    const resolution = await prisma.deadline.findFirstOrThrow({
      where: { subject: `case:${caseId}`, rule: "guideline.resolution.threeMonths" },
    });
    // Half a year later every open deadline of the case has passed: the summary marks them.
    const number = (await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).number;
    h.clock.advance(200 * 86_400_000);
    const before = h.slack.callsTo("chat.postEphemeral").length;
    await h.command(h.user("UWORKER"), "/nabuur", `zaak ${number}`);
    const summary = JSON.stringify((await ephemeralTo("UWORKER", before)).body);
    expect(summary).toMatch(/Overlast verholpen binnen 3 maanden \(coördinator\) · ⚠️ te laat/);
    const updates = h.slack.callsTo("chat.update").length;
    await h.clickAndSettle(
      h.user("UCOORD"),
      { action_id: DEADLINE_BUTTON_IDS.done, value: JSON.stringify({ d: resolution.id }) },
      "DUCOORD",
    );
    await h.slack.waitFor(() =>
      h.slack
        .callsTo("chat.update")
        .slice(updates)
        .some((call) => call.body.channel === "CSHARED"),
    );
    const card = h.slack
      .callsTo("chat.update")
      .slice(updates)
      .filter((call) => call.body.channel === "CSHARED")
      .at(-1)!;
    expect(JSON.stringify(card.body)).not.toContain("Overlast verholpen binnen 3 maanden");
    const state = (await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).state as {
      deadlines: { key: string }[];
    };
    expect(state.deadlines.map((deadline) => deadline.key)).not.toContain(resolution.key);
  });
});
