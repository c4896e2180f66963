import { describe, expect, it } from "vitest";
import {
  code,
  coordinator,
  daysAfter,
  landlord,
  onLadder,
  Scenario,
  T0,
  timelineOf,
} from "../cases/fixtures.ts";

function ladderCodes(s: Scenario, step: string) {
  return s.state.actions.filter((a) => a.origin === "ladder" && a.step === step).map((a) => a.code);
}

describe("The actions of each escalation step", () => {
  it("Actie 3 situatie 1: align, warning letter, discuss the letter, advise the complainant, consider interventions", () => {
    const s = onLadder("actie3", "similarComplaint");
    expect(ladderCodes(s, "actie3")).toEqual([
      "alignLandlordAndTeam",
      "warningLetter",
      "discussLetterWithParticipant",
      "adviseComplainantPolice",
      "considerInterventions",
    ]);
    expect(s.state.actions.filter((a) => a.origin === "ladder").every((a) => a.status === "proposed")).toBe(
      true,
    );
    expect(s.action("warningLetter")).toMatchObject({
      ownerRole: "landlordStaff",
      ownerMemberId: "U-landlord",
    });
    expect(s.action("discussLetterWithParticipant").deadlineRule).toBe("team.letter.discuss");
  });

  it("Actie 3 situatie 2: in consultation with participant, relatives, landlord, municipality, police, referrer, practitioner", () => {
    const s = onLadder("actie3", "repeatedComplaints");
    expect(ladderCodes(s, "actie3")).toContain("consultParties");
  });

  it("Actie 4: second warning letter, legal advice, copies in both dossiers, landlord informs the neighbours", () => {
    const s = onLadder("actie4");
    expect(ladderCodes(s, "actie4")).toEqual([
      "secondWarningLetter",
      "legalAdvice",
      "copyToLandlordDossier",
      "copyToCareRecord",
      "informNeighbours",
      "considerInterventions",
      "consultParties",
    ]);
    expect(s.action("copyToCareRecord").audience).toBe("careTeam");
  });

  it("Actie 5: registered summons letter, legal advice, copies in both dossiers, complainant told about the on-call service", () => {
    const s = onLadder("actie5");
    expect(ladderCodes(s, "actie5")).toEqual([
      "summonsLetter",
      "legalAdvice",
      "copyToLandlordDossier",
      "copyToCareRecord",
      "informComplainantOnCall",
      "considerInterventions",
      "consultParties",
    ]);
  });

  it("Actie 6: legal advice, who goes to court, readiness check, alternative housing and care", () => {
    const s = onLadder("actie6");
    expect(ladderCodes(s, "actie6")).toEqual([
      "legalAdvice",
      "decideCourtParty",
      "checkCourtReadiness",
      "exploreAlternative",
      "consultParties",
    ]);
  });
});

describe("Legal advice at Actie 4, 5 and 6: a checklist item with a deadline that stays open until done", () => {
  it.each(["actie4", "actie5", "actie6"] as const)(
    "%s: legal advice is agreed at once with a team.legalAdvice deadline",
    (step) => {
      const s = new Scenario();
      s.assess("conscious", true, true);
      const decision = s.apply({ type: "ladderStepTaken", actor: landlord, step, situation: null });
      const advice = s.state.actions.find((a) => a.code === "legalAdvice" && a.step === step)!;
      expect(advice).toMatchObject({ status: "accepted", skippable: false, ownerRole: "coordinator" });
      expect(decision.effects).toContainEqual(
        expect.objectContaining({
          type: "deadline.schedule",
          key: `action:${advice.id}`,
          rule: "team.legalAdvice",
          ownerMemberId: "U-coord",
        }),
      );
    },
  );

  it("legal advice cannot be skipped, and is done when the advice is requested", () => {
    const s = onLadder("actie4");
    const advice = s.action("legalAdvice");
    expect(
      code(() =>
        s.apply({ type: "actionSkipped", actor: coordinator, actionId: advice.id, reason: "Niet nodig" }),
      ),
    ).toBe("action.notSkippable");
    const decision = s.apply({
      type: "legalAdviceRequested",
      actor: coordinator,
      step: "actie4",
      note: "Advocaat corporatie",
    });
    expect(decision.effects).toContainEqual({ type: "deadline.complete", key: `action:${advice.id}` });
    expect(s.action("legalAdvice").status).toBe("done");
  });
});

describe("Letters (nuisance dossier)", () => {
  it("Actie 3: recording the warning letter completes the letter action", () => {
    const s = onLadder("actie3");
    const decision = s.apply({
      type: "letterRecorded",
      actor: landlord,
      step: "actie3",
      sentAt: daysAfter(1),
      registered: false,
      signedForSeen: false,
    });
    expect(s.action("warningLetter").status).toBe("done");
    expect(timelineOf(decision)[0]).toMatchObject({
      event: "letter.recorded",
      visibility: "shared",
      details: { letter: "warning", complete: true },
    });
  });

  it("Actie 5: a summons letter not registered or not signed 'voor gezien' is recorded as incomplete, not refused", () => {
    const s = onLadder("actie5");
    const decision = s.apply({
      type: "letterRecorded",
      actor: landlord,
      step: "actie5",
      sentAt: T0,
      registered: true,
      signedForSeen: false,
    });
    expect(timelineOf(decision)[0]?.details).toMatchObject({
      letter: "summons",
      registered: true,
      signedForSeen: false,
      complete: false,
    });
    expect(s.state.ladder.letters).toHaveLength(1);
  });
});
