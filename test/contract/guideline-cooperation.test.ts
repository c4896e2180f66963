/**
 * Onderhoud samenwerking through both apps (the real Bolt app over signed HTTP, the real Teams AI
 * app over /api/messages): the yearly meeting of the care provider and the landlord is planned from
 * the chat, nudged to the coordinator in the morning digest, and recorded with the parties present.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COOPERATION_BUTTON_IDS, COOPERATION_FORM_IDS } from "../../src/flows/cooperation/buttons.ts";
import { findCooperationOfPair } from "../../src/store/cooperation/cooperation-repository.ts";
import { registerWorldParticipant } from "../helpers/procedure.ts";
import { type ChatDriver, DRIVERS } from "./drivers.ts";

const DAY = 24 * 3600_000;
/** A whole minute: every platform's date-time picker can give it exactly. */
const wholeMinute = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000);
const AGREEMENTS = "SAMENZIJN-AFSPRAAK: elk kwartaal een kort overleg met de wijkagent";

describe.each(["slack", "teams"] as const)("Onderhoud samenwerking on %s", (name) => {
  let d: ChatDriver;
  beforeAll(async () => {
    d = await DRIVERS[name]();
    // The care provider and the landlord share a participant: they are cooperation partners.
    await registerWorldParticipant(d.runtime, d.world, "HF-S01");
    await d.tick();
  });
  afterAll(() => d?.stop());

  async function cooperation() {
    const row = await findCooperationOfPair(d.prisma, d.world.careProvider.id, d.world.landlord.id);
    if (!row) throw new Error("no cooperation planned");
    return row;
  }

  it("“Helpend kan zijn om jaarlijks een samenzijn te organiseren … zoals de wijkagent”: planned from the chat, nudged in the coordinator's digest, recorded with the parties present", async () => {
    const { world } = d;
    // Planned by the coordinator on the date the parties agreed (the form proposes a year on).
    const plannedFor = wholeMinute(d.clock.now().getTime() + 9 * DAY);
    await d.command(world.coordinator, "nabuur", "samenwerking");
    await d.submitForm(world.coordinator, COOPERATION_FORM_IDS.plan, { plannedFor });
    await d.tick();
    const planned = await cooperation();
    expect(planned.state.plannedFor).toEqual(plannedFor);
    expect(planned.state.coordinatorId).toBe(world.coordinator.id);
    const subject = `cooperation:${planned.id}`;
    const meeting = await d.prisma.deadline.findFirstOrThrow({ where: { subject, state: "open" } });
    expect(meeting).toMatchObject({ rule: "team.cooperation.yearly", ownerMemberId: world.coordinator.id });
    // Its card in the shared channel, with the buttons both parties may use.
    expect(d.delivered("shared")).toContain("Jaarlijks samenzijn van de samenwerkingspartners (1)");

    // A second `samenwerking` plans nothing twice: the person sees the card.
    await d.command(world.landlordStaff, "nabuur", "samenwerking");
    expect(await d.prisma.cooperation.count()).toBe(1);

    // The yearly deadline goes through the nudge rules: the coordinator's morning digest names it.
    const item = "Jaarlijkse samenwerkingsbijeenkomst";
    const named = () => d.delivered({ dm: world.coordinator }).split(item).length - 1;
    for (let hours = 0; hours < 10 * 24 && named() === 0; hours += 6) {
      d.clock.advance(6 * 3600_000);
      await d.tick();
    }
    expect(d.delivered({ dm: world.coordinator })).toMatch(
      /Vandaag voor jou[\s\S]*Jaarlijkse samenwerkingsbijeenkomst/,
    );

    // Held: the landlord's staff record it from the card, with the parties present — the wijkagent too.
    const held = d
      .buttons("shared")
      .find(
        (button) => button.actionId === COOPERATION_BUTTON_IDS.markHeld && button.value.includes(planned.id),
      );
    expect(held).toBeDefined();
    await d.press(world.landlordStaff, held!);
    const heldAt = wholeMinute(d.clock.now().getTime() - 3600_000);
    await d.submitForm(world.landlordStaff, COOPERATION_FORM_IDS.held, {
      heldAt,
      partyCareTeam: true,
      partyLandlord: true,
      partyCommunityPolice: true,
      notes: AGREEMENTS,
    });
    await d.tick();
    const after = await cooperation();
    expect(after.state.lastHeld).toMatchObject({
      meetingNumber: 1,
      heldAt,
      recordedBy: world.landlordStaff.id,
      parties: ["careTeam", "landlord", "communityPolice"],
      notes: AGREEMENTS,
    });
    // The next one a year on, again the coordinator's deadline; the first one is met.
    expect(after.state.meetingNumber).toBe(2);
    expect(after.state.plannedFor.getTime()).toBeGreaterThan(heldAt.getTime() + 360 * DAY);
    const deadlines = await d.prisma.deadline.findMany({ where: { subject }, orderBy: { dueAt: "asc" } });
    expect(deadlines.map((deadline) => [deadline.key, deadline.state])).toEqual([
      ["cooperation.meeting.1", "done"],
      ["cooperation.meeting.2", "open"],
    ]);
    // Every step in the pair's timeline: who, when, what, which guideline step.
    const timeline = await d.prisma.timelineEntry.findMany({
      where: { subject, event: { startsWith: "cooperation." } },
      orderBy: { seq: "asc" },
    });
    expect(timeline.map((entry) => [entry.event, entry.actorId, entry.step, entry.visibility])).toEqual([
      ["cooperation.scheduled", world.coordinator.id, "cooperation", "shared"],
      ["cooperation.held", world.landlordStaff.id, "cooperation", "shared"],
      ["cooperation.scheduled", world.landlordStaff.id, "cooperation", "shared"],
    ]);
    // The card names who was there.
    const shared = d.delivered("shared");
    expect(shared).toContain("Wijkagent");
    expect(shared).toContain("Jaarlijks samenzijn van de samenwerkingspartners (2)");
  });

  it("a card of a meeting already recorded opens no form; a meeting held in the future is refused and nothing is recorded", async () => {
    const before = await cooperation();
    const held = d.buttons("shared").filter((button) => button.actionId === COOPERATION_BUTTON_IDS.markHeld);
    const stale = held.find((button) => button.value.includes('"n":1'));
    const current = held.find((button) => button.value.includes('"n":2'));
    expect(stale).toBeDefined();
    expect(current).toBeDefined();
    // The stale card's button: refused with a message, no form, nothing recorded.
    await d.press(d.world.coordinator, stale!);
    expect((await cooperation()).state).toEqual(before.state);
    // Bad input keeps the form open with its message; nothing is recorded.
    await d.press(d.world.coordinator, current!);
    await expect(
      d.submitForm(d.world.coordinator, COOPERATION_FORM_IDS.held, {
        heldAt: wholeMinute(d.clock.now().getTime() + 2 * DAY),
        partyMunicipality: true,
      }),
    ).rejects.toThrow(/refused|shown again/);
    expect((await cooperation()).state).toEqual(before.state);
  });
});
