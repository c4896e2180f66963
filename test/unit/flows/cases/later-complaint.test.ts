/**
 * A complaint added to an open case: before any assessment it joins the pending assessment (one
 * card, edited in place); after an assessment, at Actie 3 or later, it is filed under the case's
 * step, gets an assessment card of its own (the earlier one is history) and the support worker is
 * asked to hear the participant and assess it.
 */
import { describe, expect, it } from "vitest";
import { renderCard } from "../../../../src/flows/cards/render.ts";
import { daysAfter, messagesOf, onLadder, Scenario, timelineOf, worker } from "./fixtures.ts";

const ASSESSMENT_KEY = "case:case-1:assessment";

describe("a complaint added to an open case", () => {
  it("Actie 1: before any assessment it joins the pending assessment card, filed under Actie 1, with no extra message to the worker", () => {
    const s = new Scenario();
    const added = s.addComplaint("cmp-2");
    const messages = messagesOf(added);
    const assessments = messages.filter((m) => m.card.kind === "case.assessment");
    expect(assessments.map((m) => m.updateKey)).toEqual([ASSESSMENT_KEY]);
    expect(messages.filter((m) => m.card.kind === "case.complaintAdded")).toEqual([]);
    expect(timelineOf(added).find((e) => e.event === "complaint.added")?.step).toBe("actie1");
    expect(s.state.assessmentDraft?.complaintIds).toEqual(["cmp-1", "cmp-2"]);
  });

  it.each(["actie3", "actie4", "actie5", "actie6"] as const)(
    "%s: filed and announced under the case's step, a new assessment card, the earlier one marked replaced without buttons, and a message to the worker",
    (step) => {
      const s = onLadder(step).at(daysAfter(30));
      const added = s.addComplaint("cmp-2");
      const entry = timelineOf(added).find((e) => e.event === "complaint.added");
      expect(entry?.step).toBe(step);
      const messages = messagesOf(added);
      const announcement = messages.find((m) => m.card.kind === "case.update");
      expect(announcement?.card).toMatchObject({ step, event: "complaint.added" });
      // Actie 2 again, on a card of its own; the earlier card says which assessment replaced it.
      const assessments = messages.filter((m) => m.card.kind === "case.assessment");
      expect(assessments.map((m) => m.updateKey)).toEqual([ASSESSMENT_KEY, `${ASSESSMENT_KEY}:cmp-2`]);
      expect(assessments[0]?.card).toMatchObject({ complaints: [{ id: "cmp-1", number: 1 }], replacedBy: 2 });
      expect(assessments[1]?.card).toMatchObject({
        complaints: [{ id: "cmp-2", number: 2 }],
        pending: true,
        replacedBy: null,
      });
      expect(s.state.assessments).toHaveLength(1);
      const dm = messages.filter((m) => m.card.kind === "case.complaintAdded");
      expect(dm.map((m) => [m.target, m.card])).toEqual([
        [
          { kind: "dm", memberId: worker.memberId },
          expect.objectContaining({ complaintType: "noise", step, caseNumber: s.state.number }),
        ],
      ]);
    },
  );

  it("Actie 3: answering, confirming and re-assessing the new complaint edit its own card, never the earlier one", () => {
    const s = onLadder("actie3").at(daysAfter(30));
    s.addComplaint("cmp-2");
    const from = s.decisions.length;
    s.assess("conscious", true, true);
    // A re-assessment of the new complaint: a click on its confirmed card.
    s.apply({
      type: "assessmentAnswered",
      actor: worker,
      answer: { question: "behaviour", value: "unconscious" },
    });
    const keys = s.decisions
      .slice(from)
      .flatMap((d) => messagesOf(d))
      .filter((m) => m.card.kind === "case.assessment")
      .map((m) => m.updateKey);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys)).toEqual(new Set([`${ASSESSMENT_KEY}:cmp-2`]));
  });

  it("Actie 3: a button of the earlier card (naming complaint 1) is refused and changes nothing; the replaced card has no buttons", () => {
    const s = onLadder("actie3").at(daysAfter(30));
    const added = s.addComplaint("cmp-2");
    const replaced = messagesOf(added).find((m) => m.updateKey === ASSESSMENT_KEY)!;
    const card = renderCard(replaced.card, "nl");
    expect(card.blocks.filter((block) => block.type === "actions")).toEqual([]);
    expect(JSON.stringify(card)).toContain(
      "Deze beoordeling hoort bij klacht 1 en is vervangen door de beoordeling van klacht 2",
    );
    const draft = s.state.assessmentDraft;
    expect(() =>
      s.apply({
        type: "assessmentAnswered",
        actor: worker,
        complaintId: "cmp-1",
        answer: { question: "behaviour", value: "unconscious" },
      }),
    ).toThrow("assessment.replaced");
    expect(() =>
      s.apply({ type: "assessmentConfirmed", actor: worker, history: [], complaintId: "cmp-1" }),
    ).toThrow("assessment.replaced");
    expect(s.state.assessmentDraft).toEqual(draft);
  });
});
