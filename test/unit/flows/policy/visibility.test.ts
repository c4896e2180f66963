import { describe, expect, it } from "vitest";
import { AUDIENCES, type Audience, ROLES, type Role } from "../../../../src/flows/model.ts";
import {
  filterVisible,
  mayReadAudience,
  mayView,
  mayViewDeadline,
  VISIBLE_FIELDS,
  type Viewer,
  type VisibleField,
  visibleFields,
} from "../../../../src/flows/policy/visibility.ts";

// The visibility policy, written out (SPEC §6).
// Columns (VIEWERS): careTeamMember, coordinator, landlordStaff, partner, admin | shared, careTeam, landlord.
const VIEWERS: readonly Viewer[] = [
  "careTeamMember",
  "coordinator",
  "landlordStaff",
  "partner",
  "admin",
  "shared",
  "careTeam",
  "landlord",
];
const X = true;
const _ = false;
type Row = [boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean];
const EXPECTED: Record<VisibleField, Row> = {
  caseStatus: [X, X, X, X, X, X, X, X],
  caseStep: [X, X, X, X, X, X, X, X],
  agreedActions: [X, X, X, _, _, X, X, X],
  deadlines: [X, X, X, X, X, X, X, X],
  letters: [X, X, X, _, _, X, X, X],
  complaintDescription: [X, X, X, _, _, X, X, X],
  complaintType: [X, X, X, _, _, X, X, X],
  // The complainant's identity reaches landlord staff only.
  complainantIdentity: [_, _, X, _, _, _, _, X],
  assessmentOutcome: [X, X, X, _, _, X, X, X],
  // Care-only: never the landlord, never the shared channel.
  assessmentReasoning: [X, X, _, _, _, _, X, _],
  hearingNotes: [X, X, _, _, _, _, X, _],
  careNotes: [X, X, _, _, _, _, X, _],
  interventions: [X, X, _, _, _, _, X, _],
  signalDetails: [X, X, X, _, _, X, X, X],
  participantReference: [X, X, X, X, X, X, X, X],
};

describe("visibility: every role and audience × field against the written-out policy", () => {
  it("the expected table covers every field, role and audience", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...VISIBLE_FIELDS].sort());
    expect([...VIEWERS].sort()).toEqual([...ROLES, ...AUDIENCES].sort());
  });

  it("role and audience names never collide", () => {
    expect(ROLES.filter((role) => (AUDIENCES as readonly string[]).includes(role))).toEqual([]);
  });

  it.each(
    VISIBLE_FIELDS.flatMap((field) =>
      VIEWERS.map((viewer, column) => ({ viewer, field, visible: EXPECTED[field][column] })),
    ),
  )("$viewer sees $field: $visible", ({ viewer, field, visible }) => {
    expect(mayView(viewer, field)).toBe(visible);
  });

  it("visibleFields lists the partner's limited view", () => {
    expect(visibleFields("partner")).toEqual(["caseStatus", "caseStep", "deadlines", "participantReference"]);
  });

  it("an audience never sees more than any role that can be in it", () => {
    const members: Record<Audience, Role[]> = {
      shared: ["careTeamMember", "coordinator", "landlordStaff"],
      careTeam: ["careTeamMember", "coordinator"],
      landlord: ["landlordStaff"],
    };
    for (const audience of AUDIENCES) {
      for (const field of visibleFields(audience)) {
        for (const role of members[audience]) expect(mayView(role, field)).toBe(true);
      }
    }
  });
});

describe("filterVisible: timeline entries per role", () => {
  const entries: { id: string; visibility: Audience }[] = [
    { id: "complaint.received", visibility: "shared" },
    { id: "hearing.recorded", visibility: "careTeam" },
    { id: "complainant.identity", visibility: "landlord" },
  ];

  const expected: Record<Role, string[]> = {
    careTeamMember: ["complaint.received", "hearing.recorded"],
    coordinator: ["complaint.received", "hearing.recorded"],
    landlordStaff: ["complaint.received", "complainant.identity"],
    partner: [],
    admin: [],
  };

  it.each(ROLES.map((role) => ({ role, ids: expected[role] })))("$role reads $ids", ({ role, ids }) => {
    expect(filterVisible(entries, role).map((entry) => entry.id)).toEqual(ids);
  });

  it("keeps the entries' own type and order", () => {
    const typed = [
      { visibility: "careTeam" as const, at: 2 },
      { visibility: "shared" as const, at: 1 },
    ];
    expect(filterVisible(typed, "coordinator")).toEqual(typed);
  });

  it.each([
    { role: "partner", audience: "careTeam", readable: false },
    { role: "admin", audience: "landlord", readable: false },
    { role: "landlordStaff", audience: "careTeam", readable: false },
    { role: "coordinator", audience: "landlord", readable: false },
    { role: "partner", audience: "shared", readable: false },
    { role: "landlordStaff", audience: "shared", readable: true },
  ] as const)("mayReadAudience($role, $audience) → $readable", ({ role, audience, readable }) => {
    expect(mayReadAudience(role, audience)).toBe(readable);
  });
});

describe("mayViewDeadline: partners see the deadlines they own", () => {
  const cases: { viewer: Role; owner: Role; visible: boolean }[] = [
    { viewer: "partner", owner: "partner", visible: true },
    { viewer: "partner", owner: "careTeamMember", visible: false },
    { viewer: "partner", owner: "landlordStaff", visible: false },
    { viewer: "landlordStaff", owner: "careTeamMember", visible: true },
    { viewer: "careTeamMember", owner: "landlordStaff", visible: true },
    { viewer: "coordinator", owner: "partner", visible: true },
    { viewer: "admin", owner: "careTeamMember", visible: true },
  ];

  it.each(cases)("$viewer sees a deadline owned by $owner: $visible", ({ viewer, owner, visible }) => {
    expect(mayViewDeadline(viewer, owner)).toBe(visible);
  });
});
