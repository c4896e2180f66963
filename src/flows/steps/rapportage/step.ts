/** Rapportage: the guideline's figures (92.2% / 6% / 1.7%), started within 24 h, resolved in 3 months. */
import { defineStep } from "../step.ts";

export const rapportage = defineStep({
  id: "rapportage",
  title: { nl: "Rapportage", en: "Reports" },
  guideline: {
    guideline:
      "**Rapportage** (SPEC §6 Reports) — 92.2% / 6% / 1.7%, started within 24 h, resolved within 3 months, signals within 48 h, rehousings, updates to the complainants (done, planned, overdue)",
    does: "One computation for the chat (`/nabuur rapport`) and the landlord API (`GET /api/v1/reports`, a landlord's own participants only, for a period), and a bar chart (PNG/SVG) with the guideline's figures marked.",
    code: ["src/flows/reports/", "src/services/reports/", "src/api/routes/reports.ts"],
    tests: ["test/unit/flows/reports/cooperation-report.test.ts", "test/integration/api/reports.test.ts"],
  },
  permissions: {},
  buttons: {},
  forms: {},
  events: {},
  deadlines: [],
  help: {
    nl: [
      "`/nabuur rapport` — cijfers: deelnemers zonder/met overlast, binnen 24 uur gestart, binnen 3 maanden verholpen",
    ],
    en: [
      "`/nabuur rapport` — figures: participants with/without nuisance, started within 24 h, resolved within 3 months",
    ],
  },
});
