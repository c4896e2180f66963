/**
 * cardForViewer: on a private surface a card shows only the buttons the viewer's role may use,
 * as the step registry declares them; an actions block left empty goes too.
 */
import { describe, expect, it } from "vitest";
import type { Card, CardButton } from "../../../../src/flows/cards/card.ts";
import { cardForViewer, caseKindOfSpec } from "../../../../src/flows/cards/for-viewer.ts";
import { CASE_BUTTON_IDS } from "../../../../src/flows/cases/buttons.ts";
import type { CaseOverview } from "../../../../src/flows/cases/cards.ts";
import { DEADLINE_BUTTON_IDS } from "../../../../src/flows/deadlines/buttons.ts";
import { ROLES } from "../../../../src/flows/model.ts";
import { PERMISSION_ROLES, permissionOnCase, ROUTES } from "../../../../src/flows/steps/registry.ts";

function b(actionId: string): CardButton {
  return { actionId, label: actionId, value: '{"c":"case-1"}', style: "default" };
}

const card: Card = {
  summary: "HF-001",
  blocks: [
    { type: "header", text: "Zaak #1" },
    { type: "actions", buttons: [b(CASE_BUTTON_IDS.start), b(CASE_BUTTON_IDS.hearing)] },
    { type: "text", text: "Afspraken" },
    { type: "actions", buttons: [b(CASE_BUTTON_IDS.careNote), b(CASE_BUTTON_IDS.summary)] },
    { type: "actions", buttons: [b(CASE_BUTTON_IDS.recordLetter), b(DEADLINE_BUTTON_IDS.extend)] },
    { type: "divider" },
  ],
};

describe("cardForViewer", () => {
  it("gives landlord staff only their buttons and drops the block left empty", () => {
    expect(cardForViewer(card, "landlordStaff", "nuisance")).toEqual({
      summary: "HF-001",
      blocks: [
        { type: "header", text: "Zaak #1" },
        { type: "text", text: "Afspraken" },
        { type: "actions", buttons: [b(CASE_BUTTON_IDS.summary)] },
        { type: "actions", buttons: [b(CASE_BUTTON_IDS.recordLetter), b(DEADLINE_BUTTON_IDS.extend)] },
        { type: "divider" },
      ],
    });
  });

  it("gives the support worker the care team's buttons but not the landlord's letter", () => {
    expect(cardForViewer(card, "careTeamMember", "nuisance")).toEqual({
      summary: "HF-001",
      blocks: [
        { type: "header", text: "Zaak #1" },
        { type: "actions", buttons: [b(CASE_BUTTON_IDS.start), b(CASE_BUTTON_IDS.hearing)] },
        { type: "text", text: "Afspraken" },
        { type: "actions", buttons: [b(CASE_BUTTON_IDS.careNote), b(CASE_BUTTON_IDS.summary)] },
        { type: "actions", buttons: [b(DEADLINE_BUTTON_IDS.extend)] },
        { type: "divider" },
      ],
    });
  });

  it("gives a partner only the summary", () => {
    expect(cardForViewer(card, "partner").blocks).toEqual([
      { type: "header", text: "Zaak #1" },
      { type: "text", text: "Afspraken" },
      { type: "actions", buttons: [b(CASE_BUTTON_IDS.summary)] },
      { type: "divider" },
    ]);
  });

  it("lets landlord staff pick up a participant's own report (Actie 1), not start a nuisance case", () => {
    const start: Card = { summary: "s", blocks: [{ type: "actions", buttons: [b(CASE_BUTTON_IDS.start)] }] };
    expect(cardForViewer(start, "landlordStaff", "participantReport")).toEqual(start);
    expect(cardForViewer(start, "landlordStaff", "nuisance")).toEqual({ summary: "s", blocks: [] });
    // Kind unknown: the button stays when either permission lets the role use it.
    expect(cardForViewer(start, "landlordStaff")).toEqual(start);
    expect(cardForViewer(start, "partner")).toEqual({ summary: "s", blocks: [] });
  });

  it("keeps a button no step declares (the guard still checks its click)", () => {
    const odd: Card = { summary: "s", blocks: [{ type: "actions", buttons: [b("nabuur.unknown")] }] };
    expect(cardForViewer(odd, "partner")).toEqual(odd);
  });

  it("leaves the card it was given unchanged", () => {
    const before = structuredClone(card);
    cardForViewer(card, "partner");
    expect(card).toEqual(before);
  });

  it("keeps, for every role and declared button, exactly what the permission table allows", () => {
    for (const role of ROLES) {
      for (const route of ROUTES.filter((candidate) => candidate.kind === "button")) {
        const one: Card = { summary: "s", blocks: [{ type: "actions", buttons: [b(route.id)] }] };
        for (const kind of ["nuisance", "participantReport"] as const) {
          const allowed = PERMISSION_ROLES[permissionOnCase(route.permission, kind)].includes(role);
          expect(cardForViewer(one, role, kind).blocks.length, `${role} ${route.id} ${kind}`).toBe(
            allowed ? 1 : 0,
          );
        }
      }
    }
  });
});

describe("caseKindOfSpec", () => {
  const ref = { caseId: "case-1", caseNumber: "1", participantReference: "HF-001" };

  it("reads the kind from the overview card's own kind or from the spec's caseKind", () => {
    const overview: CaseOverview = {
      ...ref,
      complaints: [],
      status: "open",
      step: "actie1",
      ladderStep: null,
      started: false,
      agreedActions: [],
      landlordActions: [],
      deadlines: [],
      closeReason: null,
    };
    expect(caseKindOfSpec({ kind: "case.card", ...overview })).toBe("nuisance");
    expect(caseKindOfSpec({ kind: "case.participantReportCard", ...overview })).toBe("participantReport");
    expect(caseKindOfSpec({ kind: "case.nextSteps", caseKind: "participantReport", ...ref })).toBe(
      "participantReport",
    );
    expect(
      caseKindOfSpec({
        kind: "case.assignment",
        caseKind: "nuisance",
        complaintType: "noise",
        startDueAt: null,
        startedAt: null,
        ...ref,
      }),
    ).toBe("nuisance");
    expect(caseKindOfSpec({ kind: "case.careNote", text: "t", authorId: "m", at: "x", ...ref })).toBe(
      undefined,
    );
    expect(
      caseKindOfSpec({ kind: "deadline.list", memberId: "m", asOf: "2025-01-01", items: [], more: 0 }),
    ).toBe(undefined);
  });
});
