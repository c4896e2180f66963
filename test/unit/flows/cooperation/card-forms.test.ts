import { describe, expect, it } from "vitest";
import { COOPERATION_BUTTON_IDS, parseCooperationRef } from "../../../../src/flows/cooperation/buttons.ts";
import { renderCooperationCard } from "../../../../src/flows/cooperation/card.ts";
import type { CooperationCardSpec } from "../../../../src/flows/cooperation/card-spec.ts";
import {
  buildHeldForm,
  buildRescheduleForm,
  parseHeldForm,
  parseRescheduleForm,
} from "../../../../src/flows/cooperation/forms.ts";
import { COOPERATION_TEXTS } from "../../../../src/flows/cooperation/texts.ts";

const NOW = new Date("2024-03-04T09:00:00.000Z");
const DAY_MS = 86_400_000;

const spec: CooperationCardSpec = {
  kind: "cooperation.meeting",
  cooperationId: "co-1",
  careProviderId: "org-care",
  landlordId: "org-landlord",
  coordinatorId: "m-coord",
  meetingNumber: 2,
  plannedFor: "2025-03-04T09:00:00.000Z",
  rescheduleReason: null,
  lastHeld: {
    heldAt: "2024-03-01T13:00:00.000Z",
    parties: ["careTeam", "landlord", "communityPolice"],
    notes: null,
  },
};

describe("renderCooperationCard", () => {
  it("Onderhoud samenwerking: shows the planned date, the organiser, the previous meeting and two buttons", () => {
    const card = renderCooperationCard(spec);
    expect(card).toEqual({
      summary: "Jaarlijks samenzijn van de samenwerkingspartners (2): di 4 mrt 2025 10:00",
      blocks: [
        { type: "header", text: "Jaarlijks samenzijn van de samenwerkingspartners (2)" },
        { type: "text", text: COOPERATION_TEXTS.nl.card.purpose },
        {
          type: "fields",
          fields: [
            { label: "Gepland voor", value: "di 4 mrt 2025 10:00" },
            { label: "Organiseert", value: "<@name:m-coord>" },
            { label: "Vorige bijeenkomst", value: "vr 1 mrt 2024 — Zorgteam, Verhuurder, Wijkagent" },
          ],
        },
        {
          type: "actions",
          buttons: [
            {
              actionId: COOPERATION_BUTTON_IDS.markHeld,
              label: "Gehouden",
              value: '{"c":"co-1","n":2}',
              style: "primary",
            },
            {
              actionId: COOPERATION_BUTTON_IDS.reschedule,
              label: "Verzetten",
              value: '{"c":"co-1","n":2}',
              style: "default",
            },
          ],
        },
      ],
    });
  });

  it("Onderhoud samenwerking: a rescheduled meeting shows the reason; the purpose names the community police officer", () => {
    const card = renderCooperationCard(
      { ...spec, rescheduleReason: "Wijkagent op vakantie", lastHeld: null },
      "en",
    );
    expect(card.blocks).toContainEqual({ type: "context", text: "Rescheduled — Wijkagent op vakantie" });
    expect(card.blocks).toContainEqual({
      type: "fields",
      fields: expect.arrayContaining([{ label: "Previous meeting", value: "not held yet" }]),
    });
    expect(COOPERATION_TEXTS.nl.card.purpose).toContain("wijkagent");
  });

  it("cooperation texts: Dutch and English have exactly the same keys", () => {
    const keysOf = (value: unknown, prefix = ""): string[] =>
      typeof value !== "object" || value === null
        ? [prefix]
        : Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${prefix}.${key}`));
    expect(keysOf(COOPERATION_TEXTS.en).sort()).toEqual(keysOf(COOPERATION_TEXTS.nl).sort());
  });
});

describe("cooperation forms", () => {
  it("Onderhoud samenwerking: the held form has a checkbox per party and parses the ticked ones", () => {
    const form = buildHeldForm("co-1", 2, NOW);
    expect(parseCooperationRef(form.metadata)).toEqual({ c: "co-1", n: 2 });
    expect(form.fields.filter((f) => f.kind === "checkbox").map((f) => f.id)).toEqual([
      "partyCareTeam",
      "partyLandlord",
      "partyMunicipality",
      "partyCommunityPolice",
      "partyOtherStakeholders",
    ]);
    const heldAt = new Date(NOW.getTime() - DAY_MS);
    expect(
      parseHeldForm(
        {
          heldAt: heldAt.toISOString(),
          partyLandlord: "true",
          partyCommunityPolice: "true",
          notes: " ",
        },
        NOW,
      ),
    ).toEqual({ ok: true, value: { heldAt, parties: ["landlord", "communityPolice"], notes: null } });
  });

  it("Onderhoud samenwerking: a held date in the future gets a Dutch field error", () => {
    expect(parseHeldForm({ heldAt: new Date(NOW.getTime() + DAY_MS).toISOString() }, NOW)).toEqual({
      ok: false,
      errors: { heldAt: "Dit moment ligt in de toekomst." },
    });
  });

  it("Onderhoud samenwerking: the reschedule form needs a future date and a reason", () => {
    const form = buildRescheduleForm("co-1", 2, new Date(spec.plannedFor));
    expect(form.fields.map((f) => [f.id, f.required])).toEqual([
      ["plannedFor", true],
      ["reason", true],
    ]);
    expect(parseRescheduleForm({ plannedFor: "gisteren", reason: "" }, NOW)).toEqual({
      ok: false,
      errors: { plannedFor: "Vul een geldige datum en tijd in.", reason: "Dit veld is verplicht." },
    });
    const plannedFor = new Date(NOW.getTime() + 30 * DAY_MS);
    expect(parseRescheduleForm({ plannedFor: plannedFor.toISOString(), reason: "Zomer" }, NOW)).toEqual({
      ok: true,
      value: { plannedFor, reason: "Zomer" },
    });
  });
});
