/**
 * The case as a whole: its summary for each role, the nuisance dossier (the landlord's and the care
 * provider's versions), and resolving and closing it. Every step lands in the case timeline.
 */
import { CASE_BUTTON_IDS, CASE_FORM_IDS, caseRefValue } from "../../cases/buttons.ts";
import { CORRESPONDENCE_FORM_ID } from "../../dossier/buttons.ts";
import { CARE, CARE_AND_LANDLORD, defineStep, EVERYONE, LANDLORD } from "../step.ts";

export const zaakEnDossier = defineStep({
  id: "zaak-en-dossier",
  title: { nl: "Zaak en overlastdossier", en: "Case and nuisance dossier" },
  guideline: {
    guideline:
      "**Overlastdossier** — timeline, summary, closing, correspondence with third parties; **Scheiding wonen en zorg** (SPEC §6)",
    does: "Every step is an append-only timeline entry (who, when, what, which step, visibility), hash-chained per subject. Each role reads its own view of a case (partners and admins: status and step only); the dossier comes in the landlord's and the care provider's version, privately. Care-only content never reaches the landlord or the shared channel; the complainant's identity reaches landlord staff only. \"Alle correspondentie met derden\": `/nabuur correspondentie <nr>` (Teams: `@Nabuur correspondentie <nr>`) records correspondence with the wijkagent, the municipality, a lawyer or mediation — with whom, received or sent, when, about what — and, for the care team, whether it is shared or care-only; it lands in the case timeline with that visibility and the dossier lists it with its date (care-only items in the care provider's version only). The letter or e-mail itself can be kept with the item, in the database with the item's visibility: Slack takes it in the form's file field (file_input; the bot fetches it with files.info and its token), Teams in the personal chat with `bestand <nr>` as the message text (it goes with the correspondence the person recorded last with that case), the intake API as a base64 `file` with the correspondence. At most 10 MB of PDF, photos and scans, Word, e-mail (MSG, EML) or text; anything else is refused by name with the reason while the item stays recorded. The dossier lists each file with its item (name, size, SHA-256), its hash is in the hash-chained timeline so `dossier:verify` vouches for it, and the AVG retention deletes care-only files with the care data and the others with the housing data.",
    code: [
      "src/store/timeline/",
      "src/services/dossier/",
      "src/flows/policy/",
      "src/flows/cases/card-specs.ts",
      "src/flows/dossier/correspondence.ts",
      "src/services/dossier/correspondence-service.ts",
      "src/flows/dossier/correspondence-file.ts",
      "src/services/dossier/correspondence-file-service.ts",
      "src/bot/slack/incoming-files.ts",
      "src/bot/teams/incoming-files.ts",
      "src/api/correspondence-file.ts",
    ],
    tests: [
      "test/unit/flows/policy/*",
      "test/unit/flows/cases/privacy.test.ts",
      "test/integration/services/participants-signals.test.ts",
      "test/integration/slack/slack-case-flow.test.ts",
      "test/contract/guideline-correspondence.test.ts",
      "test/contract/guideline-correspondence-files.test.ts",
      "test/unit/flows/dossier/correspondence-file.test.ts",
      "test/integration/services/correspondence-files.test.ts",
      "test/integration/api/dossier-writes.test.ts",
    ],
    statements: [
      {
        sentence:
          "Het overlastdossier bestaat uit alle brieven die omtrent de overlast zijn verstuurd, alle correspondentie met derden en de tijdlijn van wat het team heeft ondernomen.",
        test: "test/contract/guideline-correspondence-files.test.ts",
      },
    ],
  },
  permissions: {
    // Partners and admins see a limited view (visibility.ts).
    viewCase: { roles: EVERYONE, does: { nl: "de zaak bekijken", en: "view the case" } },
    closeCase: { roles: CARE_AND_LANDLORD, does: { nl: "de zaak sluiten", en: "close the case" } },
    exportDossierLandlord: {
      roles: LANDLORD,
      does: { nl: "het overlastdossier exporteren", en: "export the nuisance dossier" },
    },
    exportDossierCare: {
      roles: CARE,
      does: { nl: "het dossier voor de zorg exporteren", en: "export the dossier for the care provider" },
    },
    // Het overlastdossier: "alle correspondentie met derden", by whoever had it.
    recordCorrespondence: {
      roles: CARE_AND_LANDLORD,
      does: { nl: "correspondentie met derden vastleggen", en: "record correspondence with third parties" },
    },
    // The complainant's identity stays with the landlord.
    viewComplainantIdentity: {
      roles: LANDLORD,
      does: { nl: "de gegevens van de klager inzien", en: "see who the complainant is" },
    },
  },
  buttons: {
    summary: { id: CASE_BUTTON_IDS.summary, payload: caseRefValue, permission: "viewCase", subject: "case" },
    // The dossier route decides which version (landlord's or care provider's) the person may export.
    dossier: { id: CASE_BUTTON_IDS.dossier, payload: caseRefValue, permission: "viewCase", subject: "case" },
    resolve: { id: CASE_BUTTON_IDS.resolve, payload: caseRefValue, permission: "closeCase", subject: "case" },
    close: { id: CASE_BUTTON_IDS.close, payload: caseRefValue, permission: "closeCase", subject: "case" },
  },
  forms: {
    close: { id: CASE_FORM_IDS.close, metadata: caseRefValue, permission: "closeCase", subject: "case" },
    correspondence: {
      id: CORRESPONDENCE_FORM_ID,
      metadata: caseRefValue,
      permission: "recordCorrespondence",
      subject: "case",
    },
  },
  events: { resolved: "closeCase", closed: "closeCase" },
  deadlines: [],
  help: {
    nl: [
      "`/nabuur zaak <nr>` — overzicht van een zaak (wat jouw rol mag zien)",
      "`/nabuur dossier <nr> [pdf|json]` — overlastdossier van een zaak, alleen voor jou (PDF en JSON)",
      "`/nabuur correspondentie <nr>` — correspondentie met derden (wijkagent, gemeente, advocaat, buurtbemiddeling) vastleggen bij een zaak, met de brief of e-mail zelf als bestand",
      "`/nabuur bestand <nr>` — (Teams: met het bestand, in je persoonlijke chat met Nabuur) het bestand bewaren bij je laatst vastgelegde correspondentie van die zaak",
    ],
    en: [
      "`/nabuur zaak <no>` — case summary (what your role may see)",
      "`/nabuur dossier <no> [pdf|json]` — a case's nuisance dossier, for you only (PDF and JSON)",
      "`/nabuur correspondentie <no>` — record correspondence with third parties (police officer, municipality, lawyer, mediation) with a case, with the letter or e-mail itself as a file",
      "`/nabuur bestand <no>` — (Teams: with the file, in your personal chat with Nabuur) keep the file with your latest correspondence of that case",
    ],
  },
});
