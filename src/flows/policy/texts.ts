/**
 * User-visible texts of the policy module: why something is not allowed, and the names of roles
 * and actions used in those messages. Dutch is the default; English has exactly the same keys.
 */
import type { Locale, Role } from "../model.ts";
import type { PolicyAction } from "./actions.ts";
import type { DenialReason } from "./permissions.ts";

export interface PolicyTexts {
  /** `{role}` and `{action}` are replaced by the labels below. */
  denials: Record<DenialReason, string>;
  roles: Record<Role, string>;
  actions: Record<PolicyAction, string>;
}

const nl: PolicyTexts = {
  denials: {
    outsideScope: "Je organisatie hoort niet bij deze casus, dus dit kan niet: {action}.",
    roleNotAllowed: "Als {role} mag je dit niet: {action}.",
    organisationMismatch:
      "Je rol ({role}) past niet bij je organisatie in deze casus, dus dit kan niet: {action}.",
  },
  roles: {
    careTeamMember: "teamlid zorgaanbieder",
    coordinator: "coördinator zorgaanbieder",
    landlordStaff: "medewerker verhuurder",
    partner: "partner (gemeente, politie)",
    admin: "beheerder",
  },
  actions: {
    registerParticipant: "een deelnemer registreren",
    fileComplaint: "een klacht melden",
    logSignal: "een signaal vastleggen",
    acknowledgeSignal: "een signaal bevestigen",
    decideSignalSharing: "besluiten of een signaal met de deelnemer gedeeld wordt",
    viewCase: "de casus bekijken",
    recordHearing: "het wederhoor vastleggen",
    recordAssessment: "de beoordeling vastleggen",
    decideAction: "een vervolgactie vaststellen",
    addCareNote: "een zorgnotitie toevoegen",
    viewCareNote: "zorgnotities lezen",
    proposeEscalation: "een escalatie voorstellen",
    recordLetter: "een brief vastleggen",
    offerIntervention: "een interventie aanbieden",
    closeCase: "de casus sluiten",
    tickOnboarding: "een stap van de startlijst afvinken",
    extendDeadline: "een termijn verlengen",
    exportDossierLandlord: "het overlastdossier exporteren",
    exportDossierCare: "het dossier voor de zorg exporteren",
    viewComplainantIdentity: "de gegevens van de klager inzien",
    manageMembers: "leden beheren",
    bindChannel: "een kanaal koppelen",
    setOwnLanguage: "je taal instellen",
    setLegalHold: "een bewaarplicht (legal hold) op een casus zetten of opheffen",
    exportParticipantData: "alle gegevens van een deelnemer exporteren",
  },
};

const en: PolicyTexts = {
  denials: {
    outsideScope: "Your organisation is not part of this case, so you cannot {action}.",
    roleNotAllowed: "As {role} you cannot {action}.",
    organisationMismatch:
      "Your role ({role}) does not match your organisation in this case, so you cannot {action}.",
  },
  roles: {
    careTeamMember: "care team member",
    coordinator: "care coordinator",
    landlordStaff: "landlord staff",
    partner: "partner (municipality, police)",
    admin: "admin",
  },
  actions: {
    registerParticipant: "register a participant",
    fileComplaint: "file a complaint",
    logSignal: "log a signal",
    acknowledgeSignal: "acknowledge a signal",
    decideSignalSharing: "decide whether a signal is shared with the participant",
    viewCase: "view the case",
    recordHearing: "record the hearing",
    recordAssessment: "record the assessment",
    decideAction: "decide on a follow-up action",
    addCareNote: "add a care note",
    viewCareNote: "read care notes",
    proposeEscalation: "propose an escalation",
    recordLetter: "record a letter",
    offerIntervention: "offer an intervention",
    closeCase: "close the case",
    tickOnboarding: "tick off an onboarding step",
    extendDeadline: "extend a deadline",
    exportDossierLandlord: "export the nuisance dossier",
    exportDossierCare: "export the dossier for the care provider",
    viewComplainantIdentity: "see who the complainant is",
    manageMembers: "manage members",
    bindChannel: "bind a channel",
    setOwnLanguage: "set your language",
    setLegalHold: "set or lift a legal hold on a case",
    exportParticipantData: "export everything held about a participant",
  },
};

export const POLICY_TEXTS: Record<Locale, PolicyTexts> = { nl, en };
