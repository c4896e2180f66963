import { describe, expect, it } from "vitest";
import { nudgeMessages } from "../../../../src/flows/deadlines/messages.ts";
import { nudgeRecipients, nudgeTargets } from "../../../../src/flows/deadlines/recipients.ts";
import { openDeadline } from "./fixtures.ts";

const contacts = { coordinatorId: "m-coord", landlordContactId: "m-landlord" };
const owner = { ownerRole: "careTeamMember" as const, ownerMemberId: "m-worker" };

describe("nudgeRecipients", () => {
  it.each([
    ["headsUp", ["owner"], ["m-worker"]],
    ["due", ["owner"], ["m-worker"]],
    ["overdue", ["owner", "coordinator", "landlordContact"], ["m-worker", "m-coord", "m-landlord"]],
  ] as const)("Termijnen: %s → thread + DMs to %j", (stage, recipients, dmMemberIds) => {
    expect(nudgeRecipients(stage, owner, contacts)).toEqual({
      thread: true,
      recipients,
      dmMemberIds,
      unresolved: [],
    });
  });

  it("overdue escalation: a landlord contact who owns the deadline gets one DM, not two", () => {
    const r = nudgeRecipients(
      "overdue",
      { ownerRole: "landlordStaff", ownerMemberId: "m-landlord" },
      contacts,
    );
    expect(r.dmMemberIds).toEqual(["m-landlord", "m-coord"]);
  });

  it("overdue escalation without a coordinator or named owner: those are reported unresolved, the thread still gets it", () => {
    const r = nudgeRecipients(
      "overdue",
      { ownerRole: "careTeamMember", ownerMemberId: null },
      { coordinatorId: null, landlordContactId: "m-landlord" },
    );
    expect(r).toEqual({
      thread: true,
      recipients: ["owner", "coordinator", "landlordContact"],
      dmMemberIds: ["m-landlord"],
      unresolved: ["owner", "coordinator"],
    });
  });

  it("targets: the case thread in the shared channel and one DM per member", () => {
    expect(nudgeTargets(nudgeRecipients("overdue", owner, contacts))).toEqual([
      { kind: "channel", audience: "shared", inCaseThread: true },
      { kind: "dm", memberId: "m-worker" },
      { kind: "dm", memberId: "m-coord" },
      { kind: "dm", memberId: "m-landlord" },
    ]);
  });
});

describe("nudgeMessages", () => {
  it("a heads-up becomes the nudge card in the thread and in the owner's DM, each a new message", () => {
    const messages = nudgeMessages("headsUp", openDeadline, contacts, {
      subjectLabel: "Zaak 12 · HF-007",
      ownerName: "Sanne",
    });
    expect(messages.map((m) => m.target)).toEqual([
      { kind: "channel", audience: "shared", inCaseThread: true },
      { kind: "dm", memberId: "m-worker" },
    ]);
    expect(messages.every((m) => m.updateKey === null)).toBe(true);
    expect(messages[0]?.card).toEqual({
      kind: "deadline.nudge",
      stage: "headsUp",
      deadlineId: "dl-1",
      rule: "guideline.actie1.startAndReport",
      step: "actie1",
      dueAt: "2026-03-05T09:00:00.000Z",
      subjectLabel: "Zaak 12 · HF-007",
      ownerRole: "careTeamMember",
      ownerMemberId: "m-worker",
      ownerName: "Sanne",
      outcome: null,
    });
  });
});
