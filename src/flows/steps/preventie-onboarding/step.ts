/** Preventie 1–8: a participant is registered and the eight-step onboarding checklist follows. */
import {
  onboardingItemRefSchema,
  PARTICIPANT_BUTTON_IDS,
  PARTICIPANT_FORM_IDS,
} from "../../participants/buttons.ts";
import { CARE, CARE_AND_LANDLORD, defineStep } from "../step.ts";

const item = {
  payload: onboardingItemRefSchema,
  permission: "tickOnboarding",
  subject: "participant",
} as const;

export const preventieOnboarding = defineStep({
  id: "preventie-onboarding",
  title: {
    nl: "Preventie: aanmelding en startlijst",
    en: "Prevention: registration and onboarding checklist",
  },
  guideline: {
    guideline: "**Preventie 1–8**",
    does: "Registering a participant (pseudonymous reference, landlord, dwelling, lease type, support worker, landlord contact) creates the eight-step onboarding checklist with owners and deadlines; items are done, skipped with a reason, given more time or reopened.",
    code: ["src/flows/participants/", "src/services/participant-service.ts"],
    tests: [
      "test/unit/flows/participants/*",
      "test/integration/services/participants-signals.test.ts",
      "test/integration/slack/slack-basics.test.ts",
    ],
  },
  permissions: {
    // Preventie: the care provider registers its participants.
    registerParticipant: {
      roles: CARE,
      does: { nl: "een deelnemer registreren", en: "register a participant" },
    },
    tickOnboarding: {
      roles: CARE_AND_LANDLORD,
      does: { nl: "een stap van de startlijst afvinken", en: "tick off an onboarding step" },
    },
  },
  buttons: {
    itemDone: { id: PARTICIPANT_BUTTON_IDS.itemDone, ...item },
    itemSkip: { id: PARTICIPANT_BUTTON_IDS.itemSkip, ...item },
    itemExtend: { id: PARTICIPANT_BUTTON_IDS.itemExtend, ...item },
    itemReopen: { id: PARTICIPANT_BUTTON_IDS.itemReopen, ...item },
  },
  forms: {
    register: {
      id: PARTICIPANT_FORM_IDS.register,
      metadata: null,
      permission: "registerParticipant",
      subject: "none",
    },
    skipItem: {
      id: PARTICIPANT_FORM_IDS.skipItem,
      metadata: onboardingItemRefSchema,
      permission: "tickOnboarding",
      subject: "participant",
    },
    extendItem: {
      id: PARTICIPANT_FORM_IDS.extendItem,
      metadata: onboardingItemRefSchema,
      permission: "tickOnboarding",
      subject: "participant",
    },
  },
  events: {},
  deadlines: ["team.onboarding.item"],
  help: {
    nl: ["`/nabuur deelnemer` — deelnemer aanmelden met startchecklist"],
    en: ["`/nabuur deelnemer` — register a participant with the onboarding checklist"],
  },
});
