import { describe, expect, it } from "vitest";
import { renderSignalCard } from "../../../../src/flows/signals/card.ts";
import { signalCardSpec } from "../../../../src/flows/signals/card-spec.ts";
import { decideSignal } from "../../../../src/flows/signals/decide.ts";
import { logSignal } from "../../../../src/flows/signals/log.ts";
import type { SignalKind } from "../../../../src/flows/signals/model.ts";
import { countsTowardsEscalation } from "../../../../src/flows/signals/rules.ts";
import {
  communityOfficer,
  ctx,
  DAY_MS,
  housingConsultant,
  input,
  landlordStaff,
  logged,
  NOW,
  ofType,
  supportWorker,
} from "./fixtures.ts";

const LABEL_NL = "Telt niet mee voor escalatie — melding door de deelnemer zelf.";

describe("nuisance signal: sharing with the participant (Signalering 3)", () => {
  it("Signalering 3: the card says the landlord does not share it without the team, and that nothing is decided yet", () => {
    const card = renderSignalCard(signalCardSpec(logged()));
    const text = card.blocks.map((b) => (b.type === "text" || b.type === "context" ? b.text : "")).join("\n");
    expect(text).toContain(
      "De verhuurder deelt dit signaal niet met de deelnemer zonder overleg met het team.",
    );
    expect(text).toContain("Nog niet besloten of dit signaal met de deelnemer wordt gedeeld.");
  });

  it("Signalering 3: the landlord cannot decide without naming the team member consulted", () => {
    expect(() =>
      decideSignal(
        logged(),
        {
          type: "participantSharingDecided",
          actor: landlordStaff,
          share: true,
          consultedMemberId: " ",
          note: null,
        },
        ctx,
      ),
    ).toThrow(expect.objectContaining({ code: "signal.sharingNeedsTeam" }));
  });

  it("Signalering 3: a decision taken with the team records who decided, with whom and when", () => {
    const { state, effects } = decideSignal(
      logged(),
      {
        type: "participantSharingDecided",
        actor: landlordStaff,
        share: false,
        consultedMemberId: "m-worker",
        note: "Begeleider bespreekt het eerst",
      },
      ctx,
    );
    expect(state.participantSharing).toEqual({
      share: false,
      decidedBy: "m-landlord",
      decidedByRole: "landlordStaff",
      consultedMemberId: "m-worker",
      decidedAt: NOW,
      note: "Begeleider bespreekt het eerst",
    });
    expect(ofType(effects, "timeline")[0]).toMatchObject({
      event: "signal.participantSharingDecided",
      visibility: "shared",
      details: {
        actorId: "m-landlord",
        share: false,
        decidedBySide: "landlord",
        consultedMemberId: "m-worker",
        decidedAt: NOW.toISOString(),
        previousShare: null,
      },
    });
  });

  it("Signalering 3: the team itself may record the joint decision without naming someone else", () => {
    const { state } = decideSignal(
      logged(),
      {
        type: "participantSharingDecided",
        actor: supportWorker,
        share: true,
        consultedMemberId: null,
        note: null,
      },
      ctx,
    );
    expect(state.participantSharing?.decidedBy).toBe("m-worker");
  });

  it("Signalering 3: partners do not decide on sharing", () => {
    expect(() =>
      decideSignal(
        logged(),
        {
          type: "participantSharingDecided",
          actor: communityOfficer,
          share: true,
          consultedMemberId: "m-worker",
          note: null,
        },
        ctx,
      ),
    ).toThrow(expect.objectContaining({ code: "signal.sharingNotAllowed" }));
  });

  it("Signalering 3: there is no sharing decision for a missed rent payment", () => {
    expect(() =>
      decideSignal(
        logged({ kind: "missedRent" }),
        {
          type: "participantSharingDecided",
          actor: supportWorker,
          share: true,
          consultedMemberId: null,
          note: null,
        },
        ctx,
      ),
    ).toThrow(expect.objectContaining({ code: "signal.sharingNotApplicable" }));
  });
});

describe("participant report: no negative effect on the trajectory (Signalering)", () => {
  const report = () => logged({ kind: "participantReport", actor: supportWorker, source: "careTeam" });

  it.each<[SignalKind, boolean]>([
    ["participantReport", false],
    ["missedRent", false],
    ["nuisanceSign", true],
  ])("Signalering: countsTowardsEscalation(%s) === %s", (kind, counts) => {
    expect(countsTowardsEscalation(logged({ kind }))).toBe(counts);
  });

  it("Signalering: every timeline entry of a participant report says it does not count", () => {
    const logDecision = logSignal(
      input({ kind: "participantReport", actor: supportWorker, source: "careTeam" }),
      ctx,
    );
    const ack = decideSignal(logDecision.state, { type: "acknowledged", actor: housingConsultant }, ctx);
    const converted = decideSignal(
      ack.state,
      { type: "convertedToCase", actor: supportWorker, caseId: "c-9" },
      ctx,
    );
    const entries = [...logDecision.effects, ...ack.effects, ...converted.effects].filter(
      (e) => e.type === "timeline",
    );
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      expect(entry.type === "timeline" && entry.details.countsTowardsEscalation).toBe(false);
    }
  });

  it.each([
    ["nl", LABEL_NL],
    ["en", "Does not count towards escalation — reported by the participant themselves."],
  ] as const)("Signalering: the %s card carries the label right under the header", (locale, label) => {
    const card = renderSignalCard(signalCardSpec(report()), locale);
    expect(card.blocks[1]).toEqual({ type: "context", text: label });
  });

  it("Signalering: a nuisance sign carries no such label", () => {
    const card = renderSignalCard(signalCardSpec(logged()));
    expect(card.blocks.some((b) => b.type === "context" && b.text === LABEL_NL)).toBe(false);
  });

  it("Signalering: turning the report into a case emits signal.convertedToCase with the case id, once", () => {
    const { state, effects } = decideSignal(
      report(),
      { type: "convertedToCase", actor: supportWorker, caseId: "c-9" },
      ctx,
    );
    expect(state.caseId).toBe("c-9");
    expect(ofType(effects, "timeline")[0]).toMatchObject({
      step: "signal",
      event: "signal.convertedToCase",
      details: { actorId: "m-worker", caseId: "c-9", countsTowardsEscalation: false },
    });
    expect(() =>
      decideSignal(state, { type: "convertedToCase", actor: supportWorker, caseId: "c-10" }, ctx),
    ).toThrow(expect.objectContaining({ code: "signal.alreadyConverted" }));
  });

  it("Signalering: only a participant's own report can be turned into a participant-report case", () => {
    expect(() =>
      decideSignal(logged(), { type: "convertedToCase", actor: supportWorker, caseId: "c-9" }, ctx),
    ).toThrow(expect.objectContaining({ code: "signal.conversionNotApplicable" }));
  });
});

describe("missed rent payment (Signalering 1)", () => {
  it("Signalering 1: shown to both sides and the care team is asked to take it up with the participant", () => {
    const { state, effects } = logSignal(input({ kind: "missedRent" }), ctx);
    expect(ofType(effects, "message").map((m) => [m.target, m.card.kind])).toEqual([
      [{ kind: "channel", audience: "shared", inCaseThread: false }, "signal.card"],
      [{ kind: "dm", memberId: "m-worker" }, "signal.followUpRequest"],
    ]);
    expect(ofType(effects, "deadline.schedule").find((d) => d.key === "signal.followUp")).toEqual({
      type: "deadline.schedule",
      key: "signal.followUp",
      rule: "team.action.default",
      step: "signal",
      ownerRole: "careTeamMember",
      ownerMemberId: "m-worker",
      dueAt: new Date(NOW.getTime() + DAY_MS),
    });
    expect(ofType(effects, "timeline").every((e) => e.visibility === "shared")).toBe(true);
    const card = renderSignalCard(signalCardSpec(state));
    expect(card.blocks).toContainEqual({
      type: "context",
      text: "Huurzaak: zichtbaar voor beide partijen. Het team pakt dit op met de deelnemer.",
    });
  });

  it("Signalering 1: the first recorded follow-up completes the follow-up deadline; later ones only add to the timeline", () => {
    const first = decideSignal(
      logged({ kind: "missedRent" }),
      { type: "followUpRecorded", actor: supportWorker, note: "Betalingsregeling afgesproken" },
      ctx,
    );
    expect(ofType(first.effects, "deadline.complete")).toEqual([
      { type: "deadline.complete", key: "signal.followUp" },
    ]);
    expect(first.state.followUp).toMatchObject({
      recordedBy: "m-worker",
      note: "Betalingsregeling afgesproken",
    });
    const second = decideSignal(
      first.state,
      { type: "followUpRecorded", actor: supportWorker, note: "Betaald" },
      ctx,
    );
    expect(ofType(second.effects, "deadline.complete")).toEqual([]);
    expect(ofType(second.effects, "timeline")).toHaveLength(1);
  });

  it("Signalering: a follow-up without a note is refused", () => {
    expect(() =>
      decideSignal(
        logged({ kind: "missedRent" }),
        { type: "followUpRecorded", actor: supportWorker, note: " " },
        ctx,
      ),
    ).toThrow(expect.objectContaining({ code: "signal.noteRequired" }));
  });
});

describe("signals from the neighbourhood (Signalering 1)", () => {
  it("Signalering 1: the person logging a neighbourhood signal owns its prompt follow-up (no DM to themselves)", () => {
    const { effects } = logSignal(input({ source: "neighbourhood" }), ctx);
    expect(ofType(effects, "deadline.schedule").find((d) => d.key === "signal.followUp")).toMatchObject({
      ownerRole: "landlordStaff",
      ownerMemberId: "m-landlord",
    });
    expect(ofType(effects, "message").filter((m) => m.target.kind === "dm")).toEqual([]);
  });

  it("Signalering 1: a named action owner gets the follow-up deadline and a direct message", () => {
    const { effects } = logSignal(
      input({ source: "neighbourhood", followUpOwner: { memberId: "m-consultant", role: "landlordStaff" } }),
      ctx,
    );
    expect(ofType(effects, "deadline.schedule").find((d) => d.key === "signal.followUp")?.ownerMemberId).toBe(
      "m-consultant",
    );
    expect(ofType(effects, "message").map((m) => m.target)).toContainEqual({
      kind: "dm",
      memberId: "m-consultant",
    });
  });

  it("Signalering: a nuisance sign reported by the landlord itself has no follow-up deadline", () => {
    const { state, effects } = logSignal(input(), ctx);
    expect(state.followUp).toBeNull();
    expect(ofType(effects, "deadline.schedule").map((d) => d.key)).toEqual(["signal.share.careTeam"]);
  });
});
