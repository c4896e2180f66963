/**
 * Beheer and AVG: members and their roles, the channels, each person's language, a legal hold on a
 * case, and everything held about one participant (inzageverzoek). Not a guideline step; the
 * guideline's privacy duties (SPEC §6) and the running of the bot.
 */
import { defineStep, EVERYONE } from "../step.ts";

export const beheer = defineStep({
  id: "beheer",
  title: { nl: "Beheer en AVG", en: "Administration and GDPR" },
  guideline: {
    guideline: "**AVG** (SPEC §6) — retention, legal hold, a participant's data in full",
    does: "Closed cases anonymised after `RETENTION_CARE_DAYS` (care-only data) and `RETENTION_HOUSING_DAYS` (housing data and the link to the participant), daily from the scheduler, claimed per case, never under a legal hold; the hash chain keeps verifying (per-value salted digests); `npm run export:participant` gives everything held about one participant and is itself logged.",
    code: [
      "src/flows/policy/retention.ts",
      "src/services/privacy/",
      "src/store/privacy/",
      "src/store/timeline/hash.ts",
    ],
    tests: [
      "test/unit/flows/policy/retention.test.ts",
      "test/unit/store/timeline-redaction.test.ts",
      "test/integration/services/privacy-retention.test.ts",
      "test/integration/services/participant-export.test.ts",
    ],
  },
  permissions: {
    manageMembers: { roles: ["admin"], does: { nl: "leden beheren", en: "manage members" } },
    bindChannel: { roles: ["admin"], does: { nl: "een kanaal koppelen", en: "bind a channel" } },
    setOwnLanguage: { roles: EVERYONE, does: { nl: "je taal instellen", en: "set your language" } },
    // AVG: a legal hold keeps a closed case from being anonymised (e.g. a court procedure).
    setLegalHold: {
      roles: ["coordinator", "admin"],
      does: {
        nl: "een bewaarplicht (legal hold) op een zaak zetten of opheffen",
        en: "set or lift a legal hold on a case",
      },
    },
    // AVG inzageverzoek: the care provider's coordinator hands the participant everything held.
    exportParticipantData: {
      roles: ["coordinator"],
      does: {
        nl: "alle gegevens van een deelnemer exporteren",
        en: "export everything held about a participant",
      },
    },
  },
  buttons: {},
  forms: {},
  events: {},
  deadlines: [],
  help: {
    nl: [
      "`/nabuur lid @iemand <rol>` — (beheerder) rol geven: begeleider, coordinator, verhuurder, partner, beheerder",
      "`/nabuur kanaal gedeeld <verhuurder>` of `/nabuur kanaal team` — (beheerder) dit kanaal koppelen",
      "`/nabuur taal nl|en` — taal van Nabuur voor jou",
    ],
    en: [
      "`/nabuur lid @someone <role>` — (admin) set a role: begeleider, coordinator, verhuurder, partner, beheerder",
      "`/nabuur kanaal gedeeld <landlord>` or `/nabuur kanaal team` — (admin) bind this channel",
      "`/nabuur taal nl|en` — Nabuur's language for you",
    ],
  },
});
