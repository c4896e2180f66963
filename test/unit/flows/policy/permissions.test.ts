import { describe, expect, it } from "vitest";
import { FlowError } from "../../../../src/flows/errors.ts";
import { type Actor, ROLES, type Role } from "../../../../src/flows/model.ts";
import { PERMISSION_NAMES, type Permission } from "../../../../src/flows/policy/permission-names.ts";
import {
  decidePermission,
  explainDenial,
  may,
  POLICY_DENIED,
  requirePermission,
} from "../../../../src/flows/policy/permissions.ts";
import type { CaseScope } from "../../../../src/flows/policy/scope.ts";

const scope: CaseScope = {
  careProviderId: "org-care",
  landlordId: "org-landlord",
  partnerOrganisationIds: ["org-municipality", "org-police"],
};

/** The organisation a member of each role belongs to in this case. */
const OWN_ORGANISATION: Record<Role, string> = {
  careTeamMember: "org-care",
  coordinator: "org-care",
  landlordStaff: "org-landlord",
  partner: "org-police",
  admin: "org-landlord",
};

/** An organisation of the same case, but on another side than the role belongs to. */
const OTHER_SIDE_ORGANISATION: Record<Role, string | null> = {
  careTeamMember: "org-landlord",
  coordinator: "org-municipality",
  landlordStaff: "org-care",
  partner: "org-landlord",
  // An admin administers any one of the case's organisations: no wrong side.
  admin: null,
};

const actor = (role: Role, organisationId: string): Actor => ({
  memberId: `m-${role}`,
  role,
  organisationId,
});

// The policy, written out. Columns: careTeamMember, coordinator, landlordStaff, partner, admin.
const X = true;
const _ = false;
const EXPECTED: Record<Permission, [boolean, boolean, boolean, boolean, boolean]> = {
  registerParticipant: [X, X, _, _, _],
  fileComplaint: [_, X, X, _, _],
  logSignal: [X, X, X, X, _],
  acknowledgeSignal: [X, X, X, _, _],
  decideSignalSharing: [X, X, X, _, _],
  viewCase: [X, X, X, X, X],
  recordHearing: [X, X, _, _, _],
  recordAssessment: [X, X, _, _, _],
  // Actie 1: the team starts a nuisance case; a participant's own report is picked up by the landlord too.
  startCase: [X, X, _, _, _],
  startReportCase: [X, X, X, _, _],
  decideAction: [X, X, X, _, _],
  decideLandlordAction: [_, _, X, _, _],
  addCareNote: [X, X, _, _, _],
  viewCareNote: [X, X, _, _, _],
  proposeEscalation: [X, X, X, _, _],
  recordLetter: [_, _, X, _, _],
  offerIntervention: [X, X, _, _, _],
  closeCase: [X, X, X, _, _],
  tickOnboarding: [X, X, X, _, _],
  extendDeadline: [X, X, X, _, _],
  informComplainants: [_, _, X, _, _],
  viewTeamOverview: [_, X, _, _, _],
  exportDossierLandlord: [_, _, X, _, _],
  exportDossierCare: [X, X, _, _, _],
  viewComplainantIdentity: [_, _, X, _, _],
  manageMembers: [_, _, _, _, X],
  bindChannel: [_, _, _, _, X],
  setOwnLanguage: [X, X, X, X, X],
  setLegalHold: [_, X, _, _, X],
  exportParticipantData: [_, X, _, _, _],
  // Onderhoud samenwerking: the executing staff of both parties plan and record the yearly meeting.
  organiseCooperation: [X, X, X, _, _],
  // Overlastdossier: correspondence with third parties; care-only items also need addCareNote.
  recordCorrespondence: [X, X, X, _, _],
};

const everyRoleAndAction = PERMISSION_NAMES.flatMap((action) =>
  ROLES.map((role, column) => ({ action, role, allowed: EXPECTED[action][column] })),
);

describe("permissions: every role × action against the written-out policy", () => {
  it("the expected table covers every action and the roles in ROLES order", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSION_NAMES].sort());
    expect(ROLES).toEqual(["careTeamMember", "coordinator", "landlordStaff", "partner", "admin"]);
  });

  it.each(everyRoleAndAction)(
    "$role from its own organisation: $action → $allowed",
    ({ action, role, allowed }) => {
      const decision = decidePermission(actor(role, OWN_ORGANISATION[role]), action, scope);
      expect(decision.allowed).toBe(allowed);
      if (!decision.allowed) expect(decision.reason).toBe("roleNotAllowed");
      expect(may(actor(role, OWN_ORGANISATION[role]), action, scope)).toBe(allowed);
    },
  );

  it.each(everyRoleAndAction)(
    "tenant boundary: $role of another organisation may never $action",
    ({ action, role }) => {
      const decision = decidePermission(actor(role, "org-elsewhere"), action, scope);
      expect(decision).toEqual({ allowed: false, reason: "outsideScope", action, role });
    },
  );

  it.each(
    everyRoleAndAction.filter(({ role, allowed }) => allowed && OTHER_SIDE_ORGANISATION[role] !== null),
  )("$role from the wrong organisation of the case may not $action", ({ action, role }) => {
    const decision = decidePermission(actor(role, OTHER_SIDE_ORGANISATION[role] ?? ""), action, scope);
    expect(decision).toEqual({ allowed: false, reason: "organisationMismatch", action, role });
  });

  it.each(["org-care", "org-landlord", "org-municipality"])(
    "an admin of %s may manage members",
    (organisationId) => {
      expect(may(actor("admin", organisationId), "manageMembers", scope)).toBe(true);
    },
  );

  it("a partner organisation of another case is outside this case", () => {
    const otherScope: CaseScope = { ...scope, partnerOrganisationIds: [] };
    expect(decidePermission(actor("partner", "org-police"), "logSignal", otherScope)).toMatchObject({
      allowed: false,
      reason: "outsideScope",
    });
  });
});

describe("requirePermission and explainDenial", () => {
  it("passes silently when allowed", () => {
    expect(() =>
      requirePermission(actor("landlordStaff", "org-landlord"), "recordLetter", scope),
    ).not.toThrow();
  });

  it("throws a FlowError with the action, reason and role when denied", () => {
    try {
      requirePermission(actor("careTeamMember", "org-care"), "viewComplainantIdentity", scope);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FlowError);
      const flowError = error as FlowError;
      expect(flowError.code).toBe(POLICY_DENIED);
      expect(flowError.params).toEqual({
        action: "viewComplainantIdentity",
        reason: "roleNotAllowed",
        role: "careTeamMember",
      });
    }
  });

  it.each([
    {
      denial: { reason: "roleNotAllowed", action: "addCareNote", role: "landlordStaff" },
      nl: "Alleen de begeleider of de coördinator kan een zorgnotitie toevoegen.",
      en: "Only the support worker or the coordinator can add a care note.",
    },
    {
      denial: { reason: "outsideScope", action: "viewCase", role: "partner" },
      nl: "Je organisatie hoort niet bij deze zaak, dus dit kan niet: de zaak bekijken.",
      en: "Your organisation is not part of this case, so you cannot view the case.",
    },
  ] as const)("explains $denial.reason in Dutch and English", ({ denial, nl, en }) => {
    expect(explainDenial(denial, "nl")).toBe(nl);
    expect(explainDenial(denial, "en")).toBe(en);
  });

  it.each(
    ["nl", "en"].flatMap((locale) =>
      PERMISSION_NAMES.flatMap((action) =>
        ROLES.map((role) => ({ locale: locale as "nl" | "en", action, role })),
      ),
    ),
  )("every denial is fully worded ($locale, $role, $action)", ({ locale, action, role }) => {
    for (const reason of ["outsideScope", "roleNotAllowed", "organisationMismatch"] as const) {
      expect(explainDenial({ reason, action, role }, locale)).not.toMatch(/[{}]/);
    }
  });
});
