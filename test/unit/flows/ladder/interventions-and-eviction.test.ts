import { describe, expect, it } from "vitest";
import { CASE_BUTTON_IDS } from "../../../../src/flows/cases/buttons.ts";
import { caseSummarySpec, ladderSpec } from "../../../../src/flows/cases/card-specs.ts";
import { renderCaseCard } from "../../../../src/flows/cases/cards.ts";
import type { CaseEvent } from "../../../../src/flows/cases/events.ts";
import { renderLadderCard } from "../../../../src/flows/cases/render/ladder-card.ts";
import {
  code,
  coordinator,
  DAY,
  daysAfter,
  landlord,
  onLadder,
  openInput,
  Scenario,
  T0,
  timelineOf,
  worker,
} from "../cases/fixtures.ts";

describe("Interventions 1–4", () => {
  it("Interventie 1–2: details are care-only; the shared timeline only records that one was offered", () => {
    const s = onLadder("actie3");
    const decision = s.apply({
      type: "interventionOffered",
      actor: worker,
      detail: { kind: "timeOut", reason: "safety" },
      note: "Crisisbed",
    });
    expect(timelineOf(decision).map((e) => [e.event, e.visibility])).toEqual([
      ["intervention.offered", "careTeam"],
      ["intervention.registered", "shared"],
    ]);
    const shared = timelineOf(decision)[1]!;
    expect(JSON.stringify(shared.details)).not.toMatch(/safety|Crisisbed|timeOut/);
    expect(s.action("considerInterventions").status).toBe("done");
  });

  it("Interventie 3: rehousing records the participant's own decision, and it can change later", () => {
    const s = onLadder("actie3");
    s.apply({
      type: "interventionOffered",
      actor: worker,
      detail: { kind: "rehousing", participantDecision: "undecided" },
      note: null,
    });
    const id = s.state.ladder.interventions[0]!.id;
    s.apply({
      type: "interventionOutcome",
      actor: worker,
      interventionId: id,
      outcome: "successful",
      note: null,
      participantDecision: "accepted",
    });
    expect(s.state.ladder.interventions[0]).toMatchObject({
      detail: { kind: "rehousing", participantDecision: "accepted" },
      outcome: "successful",
    });
  });

  it("Interventie 4: another suitable place only when decided with the participant", () => {
    const s = onLadder("actie4");
    const notTogether = {
      kind: "otherPlace",
      decidedWithParticipant: false,
      description: "Skaeve Huse",
    } as unknown as Extract<CaseEvent, { type: "interventionOffered" }>["detail"];
    expect(
      code(() => s.apply({ type: "interventionOffered", actor: worker, detail: notTogether, note: null })),
    ).toBe("intervention.otherPlaceWithParticipant");
    s.apply({
      type: "interventionOffered",
      actor: worker,
      detail: { kind: "otherPlace", decidedWithParticipant: true, description: "Skaeve Huse" },
      note: null,
    });
    expect(s.state.ladder.interventions).toHaveLength(1);
  });

  it("landlord staff cannot record care interventions", () => {
    const s = onLadder("actie3");
    expect(
      code(() =>
        s.apply({
          type: "interventionOffered",
          actor: landlord,
          detail: { kind: "scaleUpCare", daily: true },
          note: null,
        }),
      ),
    ).toBe("role.notAllowed");
  });
});

describe("Actie 6 and Nieuwe kansen", () => {
  it("Actie 6: the participant agreeing to alternative housing and care is recorded (no court needed)", () => {
    const s = onLadder("actie6");
    s.apply({
      type: "participantAgreedAlternative",
      actor: worker,
      description: "Verhuist naar 24-uursvoorziening",
    });
    expect(s.state.ladder.alternativeAgreed).toMatchObject({
      description: "Verhuist naar 24-uursvoorziening",
    });
    expect(s.action("exploreAlternative").status).toBe("done");
  });

  it("after an eviction support continues by default and the reflection meeting is scheduled with all parties", () => {
    const s = onLadder("actie6");
    const at = daysAfter(30);
    const decision = s.at(at).apply({ type: "evictionRecorded", actor: landlord, at });
    expect(s.state.ladder.supportAfterEviction).toBe("continues");
    expect(s.state.step).toBe("afterEviction");
    expect(decision.effects).toContainEqual({
      type: "deadline.schedule",
      key: "reflection.meeting",
      rule: "team.reflection.meeting",
      step: "afterEviction",
      ownerRole: "coordinator",
      ownerMemberId: "U-coord",
      dueAt: new Date(at.getTime() + DAY),
    });
    const eviction = timelineOf(decision).find((e) => e.event === "eviction.recorded");
    // Readiness gaps are recorded in the dossier, not refused.
    expect(eviction?.details.unmetPreconditions).toBe(
      "nuisanceDossier,agreementsBroken,everythingPossibleDone",
    );
  });

  it("Nieuwe kansen: support stops only when the participant explicitly declines", () => {
    const s = onLadder("actie6");
    expect(
      code(() =>
        s.apply({ type: "supportAfterEviction", actor: worker, participantDeclines: true, note: null }),
      ),
    ).toBe("eviction.notRecorded");
    s.apply({ type: "evictionRecorded", actor: landlord, at: T0 });
    const decision = s.apply({
      type: "supportAfterEviction",
      actor: worker,
      participantDeclines: true,
      note: "Wil zelf verder",
    });
    expect(s.state.ladder.supportAfterEviction).toBe("declinedByParticipant");
    expect(timelineOf(decision)[0]).toMatchObject({ visibility: "careTeam", details: { continues: false } });
  });

  it("the reflection meeting held completes its deadline", () => {
    const s = onLadder("actie6");
    s.apply({ type: "evictionRecorded", actor: landlord, at: T0 });
    const decision = s
      .at(daysAfter(1))
      .apply({ type: "reflectionMeetingHeld", actor: coordinator, heldAt: daysAfter(1) });
    expect(decision.effects).toContainEqual({ type: "deadline.complete", key: "reflection.meeting" });
    expect(s.state.ladder.reflection?.heldAt).toBe(daysAfter(1).toISOString());
  });
});

describe("Actie 6 and Nieuwe kansen on the ladder card: each next record is one button away", () => {
  const endOfLadder = [
    CASE_BUTTON_IDS.alternative,
    CASE_BUTTON_IDS.eviction,
    CASE_BUTTON_IDS.supportAfterEviction,
    CASE_BUTTON_IDS.reflection,
  ];
  function shown(s: Scenario, locale: "nl" | "en" = "nl") {
    const card = renderLadderCard(ladderSpec(s.state), locale);
    const ids = card.blocks.flatMap((b) => (b.type === "actions" ? b.buttons.map((x) => x.actionId) : []));
    return { ids: ids.filter((id) => endOfLadder.includes(id as never)), text: JSON.stringify(card.blocks) };
  }

  it("before Actie 6 none of them; at Actie 6 the alternative and the eviction", () => {
    expect(shown(onLadder("actie5")).ids).toEqual([]);
    const s = onLadder("actie6");
    expect(shown(s).ids).toEqual([CASE_BUTTON_IDS.alternative, CASE_BUTTON_IDS.eviction]);
    s.apply({ type: "participantAgreedAlternative", actor: worker, description: "24-uursvoorziening" });
    // The alternative is recorded; the eviction stays possible — the bot never blocks a decision.
    expect(shown(s).ids).toEqual([CASE_BUTTON_IDS.eviction]);
  });

  it("after the eviction: the support after it and the reflection meeting until it is held", () => {
    const s = onLadder("actie6");
    s.at(daysAfter(30)).apply({ type: "evictionRecorded", actor: landlord, at: daysAfter(30) });
    const after = shown(s);
    expect(after.ids).toEqual([CASE_BUTTON_IDS.supportAfterEviction, CASE_BUTTON_IDS.reflection]);
    expect(after.text).toContain("Moment van reflectie en evaluatie met alle partijen: uiterlijk");
    expect(shown(s, "en").text).toContain("Reflection and evaluation with all parties: by");
    s.at(daysAfter(31)).apply({ type: "reflectionMeetingHeld", actor: coordinator, heldAt: daysAfter(31) });
    const held = shown(s);
    expect(held.ids).toEqual([CASE_BUTTON_IDS.supportAfterEviction]);
    expect(held.text).toContain("Reflectie en evaluatie met alle partijen gehouden op");
  });

  it("the participant declining support stays off the shared ladder card", () => {
    const s = onLadder("actie6");
    s.apply({ type: "evictionRecorded", actor: landlord, at: T0 });
    s.apply({
      type: "supportAfterEviction",
      actor: worker,
      participantDeclines: true,
      note: "GEHEIM-NAZORG",
    });
    const { text } = shown(s);
    expect(text).not.toContain("GEHEIM-NAZORG");
    expect(text).not.toMatch(/wil .*geen begeleiding/i);
    // The care team's summary says so; the landlord's and the shared channel's do not.
    const summary = (audience: "careTeam" | "landlord" | "shared") =>
      JSON.stringify(renderCaseCard(caseSummarySpec(s.state, audience), "nl").blocks);
    expect(summary("careTeam")).toContain(
      "Begeleiding na de ontruiming: de deelnemer wil nadrukkelijk geen begeleiding meer.",
    );
    for (const audience of ["landlord", "shared"] as const)
      expect(summary(audience)).not.toContain("Begeleiding na de ontruiming");
  });
});

describe("Signalering: a participant's report never escalates", () => {
  it.each<CaseEvent>([
    { type: "escalationProposed", actor: landlord, step: null, situation: "repeatedComplaints", reason: "x" },
    { type: "ladderStepTaken", actor: landlord, step: "actie3", situation: null },
    {
      type: "letterRecorded",
      actor: landlord,
      step: "actie3",
      sentAt: T0,
      registered: false,
      signedForSeen: false,
    },
    { type: "legalAdviceRequested", actor: landlord, step: "actie4", note: null },
    { type: "courtPathDecided", actor: landlord, party: null, agreement: null },
    { type: "evictionRecorded", actor: landlord, at: T0 },
    { type: "interventionOffered", actor: worker, detail: { kind: "scaleUpCare", daily: false }, note: null },
  ])("participant report: $type is refused (participantReport.neverEscalates)", (event) => {
    const s = new Scenario(openInput({ kind: "participantReport", actor: worker }));
    expect(code(() => s.apply(event))).toBe("participantReport.neverEscalates");
  });

  it("participant report: it is never assessed as a complaint about the participant", () => {
    const s = new Scenario(openInput({ kind: "participantReport", actor: worker }));
    expect(
      code(() =>
        s.apply({
          type: "assessmentAnswered",
          actor: worker,
          answer: { question: "behaviour", value: "conscious" },
        }),
      ),
    ).toBe("assessment.notForParticipantReport");
  });
});
