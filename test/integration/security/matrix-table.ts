/**
 * The authorization matrix's own reading of the policy: which permission (src/flows/policy)
 * every button, form and command is, written out here independently of the code's guard table, and
 * a valid payload for each (button value, or form metadata and values) on a role's own subjects.
 */
import { CASE_BUTTON_IDS, CASE_FORM_IDS } from "../../../src/flows/cases/buttons.ts";
import { COOPERATION_BUTTON_IDS, COOPERATION_FORM_IDS } from "../../../src/flows/cooperation/buttons.ts";
import { DEADLINE_BUTTON_IDS, DEADLINE_FORM_IDS } from "../../../src/flows/deadlines/buttons.ts";
import { CORRESPONDENCE_FORM_ID } from "../../../src/flows/dossier/buttons.ts";
import type { Role } from "../../../src/flows/model.ts";
import { PARTICIPANT_BUTTON_IDS, PARTICIPANT_FORM_IDS } from "../../../src/flows/participants/buttons.ts";
import { PERMISSION_ROLES, type Permission } from "../../../src/flows/policy/permission-names.ts";
import { may } from "../../../src/flows/policy/permissions.ts";
import type { CaseScope } from "../../../src/flows/policy/scope.ts";
import { SIGNAL_BUTTON_IDS, SIGNAL_FORM_IDS } from "../../../src/flows/signals/buttons.ts";
import type { MemberView } from "../../../src/store/members/members.ts";
import type { RoleSubjects } from "./matrix-world.ts";

/**
 * How an item is decided: a permission on the item's subject (a case, participant, signal or
 * deadline of pair A), a permission for the role alone (a new complaint, participant or signal:
 * the service then checks the organisations of what is submitted), or a rule of its own.
 */
export type Expectation =
  | { policy: Permission; on: "subject" }
  | { policy: Permission; on: "role" }
  | { dossier: true }
  | { anyRegistered: true }
  | { roles: readonly Role[]; note: string };

const S = (policy: Permission): Expectation => ({ policy, on: "subject" });
const R = (policy: Permission): Expectation => ({ policy, on: "role" });

/** Every button id the step registry declares → its permission. */
export const BUTTON_EXPECTATIONS: Record<string, Expectation> = {
  [CASE_BUTTON_IDS.start]: S("startCase"),
  [CASE_BUTTON_IDS.hearing]: S("recordHearing"),
  [CASE_BUTTON_IDS.answerConscious]: S("recordAssessment"),
  [CASE_BUTTON_IDS.answerUnconscious]: S("recordAssessment"),
  [CASE_BUTTON_IDS.answerJustifiedByParticipant]: S("recordAssessment"),
  [CASE_BUTTON_IDS.answerUnjustifiedByParticipant]: S("recordAssessment"),
  [CASE_BUTTON_IDS.answerJustifiedByWorker]: S("recordAssessment"),
  [CASE_BUTTON_IDS.answerUnjustifiedByWorker]: S("recordAssessment"),
  [CASE_BUTTON_IDS.confirmAssessment]: S("recordAssessment"),
  [CASE_BUTTON_IDS.acceptAction]: S("decideAction"),
  [CASE_BUTTON_IDS.changeAction]: S("decideAction"),
  [CASE_BUTTON_IDS.skipAction]: S("decideAction"),
  [CASE_BUTTON_IDS.doneAction]: S("decideAction"),
  [CASE_BUTTON_IDS.recordAction]: S("decideAction"),
  [CASE_BUTTON_IDS.addAction]: S("decideAction"),
  [CASE_BUTTON_IDS.landlordAcceptAction]: S("decideLandlordAction"),
  [CASE_BUTTON_IDS.landlordDoneAction]: S("decideLandlordAction"),
  [CASE_BUTTON_IDS.landlordSkipAction]: S("decideLandlordAction"),
  [CASE_BUTTON_IDS.mediationConsentYes]: S("recordHearing"),
  [CASE_BUTTON_IDS.mediationConsentNo]: S("recordHearing"),
  [CASE_BUTTON_IDS.extendDeadline]: S("extendDeadline"),
  [CASE_BUTTON_IDS.writtenFeedback]: S("recordAssessment"),
  [CASE_BUTTON_IDS.followUpCheck]: S("recordAssessment"),
  [CASE_BUTTON_IDS.careNote]: S("addCareNote"),
  [CASE_BUTTON_IDS.complainantUpdate]: S("informComplainants"),
  [CASE_BUTTON_IDS.summary]: S("viewCase"),
  [CASE_BUTTON_IDS.dossier]: { dossier: true },
  [CASE_BUTTON_IDS.takeStep]: S("proposeEscalation"),
  [CASE_BUTTON_IDS.skipStep]: S("proposeEscalation"),
  [CASE_BUTTON_IDS.recordLetter]: S("recordLetter"),
  [CASE_BUTTON_IDS.intervention]: S("offerIntervention"),
  [CASE_BUTTON_IDS.interventionOutcome]: S("offerIntervention"),
  [CASE_BUTTON_IDS.planReturn]: S("offerIntervention"),
  [CASE_BUTTON_IDS.recordReturn]: S("offerIntervention"),
  [CASE_BUTTON_IDS.courtPath]: S("proposeEscalation"),
  [CASE_BUTTON_IDS.breach]: S("proposeEscalation"),
  [CASE_BUTTON_IDS.alternative]: S("proposeEscalation"),
  [CASE_BUTTON_IDS.eviction]: S("proposeEscalation"),
  [CASE_BUTTON_IDS.supportAfterEviction]: S("offerIntervention"),
  [CASE_BUTTON_IDS.reflection]: S("decideAction"),
  [CASE_BUTTON_IDS.advocacyStep]: S("offerIntervention"),
  [PARTICIPANT_BUTTON_IDS.itemDone]: S("tickOnboarding"),
  [PARTICIPANT_BUTTON_IDS.itemSkip]: S("tickOnboarding"),
  [PARTICIPANT_BUTTON_IDS.itemExtend]: S("tickOnboarding"),
  [PARTICIPANT_BUTTON_IDS.itemReopen]: S("tickOnboarding"),
  [SIGNAL_BUTTON_IDS.acknowledge]: S("acknowledgeSignal"),
  [SIGNAL_BUTTON_IDS.recordFollowUp]: S("acknowledgeSignal"),
  [SIGNAL_BUTTON_IDS.decideSharing]: S("decideSignalSharing"),
  [SIGNAL_BUTTON_IDS.convertToCase]: S("recordHearing"),
  [SIGNAL_BUTTON_IDS.close]: S("acknowledgeSignal"),
  [DEADLINE_BUTTON_IDS.done]: S("extendDeadline"),
  [DEADLINE_BUTTON_IDS.extend]: S("extendDeadline"),
  [DEADLINE_BUTTON_IDS.handOver]: S("extendDeadline"),
  [COOPERATION_BUTTON_IDS.markHeld]: S("organiseCooperation"),
  [COOPERATION_BUTTON_IDS.reschedule]: S("organiseCooperation"),
  // Last: they end the role's case (nothing after them can still be decided on it).
  [CASE_BUTTON_IDS.resolve]: S("closeCase"),
  [CASE_BUTTON_IDS.close]: S("closeCase"),
};

/** Every form id the step registry declares → its permission. */
export const FORM_EXPECTATIONS: Record<string, Expectation> = {
  [CASE_FORM_IDS.intake]: R("fileComplaint"),
  [CASE_FORM_IDS.start]: S("startCase"),
  [CASE_FORM_IDS.hearing]: S("recordHearing"),
  [CASE_FORM_IDS.changeAction]: S("decideAction"),
  [CASE_FORM_IDS.skipAction]: S("decideAction"),
  [CASE_FORM_IDS.landlordSkipAction]: S("decideLandlordAction"),
  [CASE_FORM_IDS.addAction]: S("decideAction"),
  [CASE_FORM_IDS.recordAction]: S("decideAction"),
  [CASE_FORM_IDS.complainantUpdate]: S("informComplainants"),
  [CASE_FORM_IDS.extendDeadline]: S("extendDeadline"),
  [CASE_FORM_IDS.careNote]: S("addCareNote"),
  [CASE_FORM_IDS.writtenFeedback]: S("recordAssessment"),
  [CASE_FORM_IDS.followUpCheck]: S("recordAssessment"),
  [CASE_FORM_IDS.letter]: S("recordLetter"),
  [CASE_FORM_IDS.intervention]: S("offerIntervention"),
  [CASE_FORM_IDS.interventionOutcome]: S("offerIntervention"),
  [CASE_FORM_IDS.planReturn]: S("offerIntervention"),
  [CASE_FORM_IDS.recordReturn]: S("offerIntervention"),
  [CASE_FORM_IDS.courtPath]: S("proposeEscalation"),
  [CASE_FORM_IDS.skipEscalation]: S("proposeEscalation"),
  [CASE_FORM_IDS.breach]: S("proposeEscalation"),
  // In this order on the role's case: the eviction, then what only follows one.
  [CASE_FORM_IDS.alternative]: S("proposeEscalation"),
  [CASE_FORM_IDS.eviction]: S("proposeEscalation"),
  [CASE_FORM_IDS.supportAfterEviction]: S("offerIntervention"),
  [CASE_FORM_IDS.reflection]: S("decideAction"),
  [CASE_FORM_IDS.advocacyStep]: S("offerIntervention"),
  [PARTICIPANT_FORM_IDS.register]: R("registerParticipant"),
  [PARTICIPANT_FORM_IDS.skipItem]: S("tickOnboarding"),
  [PARTICIPANT_FORM_IDS.extendItem]: S("tickOnboarding"),
  [SIGNAL_FORM_IDS.log]: R("logSignal"),
  [SIGNAL_FORM_IDS.sharing]: S("decideSignalSharing"),
  [SIGNAL_FORM_IDS.followUp]: S("acknowledgeSignal"),
  [DEADLINE_FORM_IDS.extend]: S("extendDeadline"),
  [DEADLINE_FORM_IDS.handOver]: S("extendDeadline"),
  [CORRESPONDENCE_FORM_ID]: S("recordCorrespondence"),
  // A pair that is planned already: allowed ones are told so, the role and the pair decide first.
  [COOPERATION_FORM_IDS.plan]: R("organiseCooperation"),
  [COOPERATION_FORM_IDS.reschedule]: S("organiseCooperation"),
  [COOPERATION_FORM_IDS.held]: S("organiseCooperation"),
  // Last: closes the role's case.
  [CASE_FORM_IDS.close]: S("closeCase"),
};

/** A chat command: Slack's slash command and text; Teams' message text. */
export interface CommandItem {
  id: string;
  slash: "/nabuur" | "/overlast" | "/signaal";
  text: (s: RoleSubjects, mention: { slack: string; teams: string }) => string;
  expect: Expectation;
  /** Names a case of pair A: pair B is checked on it too. */
  onCase?: boolean;
}

export const COMMANDS: CommandItem[] = [
  { id: "help", slash: "/nabuur", text: () => "help", expect: { anyRegistered: true } },
  { id: "mijn", slash: "/nabuur", text: () => "mijn", expect: { anyRegistered: true } },
  { id: "overzicht", slash: "/nabuur", text: () => "overzicht", expect: R("viewTeamOverview") },
  { id: "taal", slash: "/nabuur", text: () => "taal nl", expect: R("setOwnLanguage") },
  { id: "zaak", slash: "/nabuur", text: (s) => `zaak ${s.caseNumber}`, expect: S("viewCase"), onCase: true },
  {
    id: "dossier",
    slash: "/nabuur",
    text: (s) => `dossier ${s.caseNumber} json`,
    expect: { dossier: true },
    onCase: true,
  },
  {
    id: "rapport",
    slash: "/nabuur",
    text: () => "rapport",
    // Aggregate figures only; not a permission (src/services/interactions/commands.ts).
    expect: { roles: ["coordinator", "landlordStaff", "admin"], note: "aggregate report" },
  },
  { id: "deelnemer", slash: "/nabuur", text: () => "deelnemer", expect: R("registerParticipant") },
  { id: "overlast", slash: "/overlast", text: () => "", expect: R("fileComplaint") },
  { id: "signaal", slash: "/signaal", text: () => "", expect: R("logSignal") },
  { id: "lid", slash: "/nabuur", text: (_s, m) => `lid ${m.slack} begeleider`, expect: R("manageMembers") },
  { id: "kanaal", slash: "/nabuur", text: () => "kanaal team", expect: R("bindChannel") },
  {
    id: "correspondentie",
    slash: "/nabuur",
    text: (s) => `correspondentie ${s.caseNumber}`,
    expect: S("recordCorrespondence"),
    onCase: true,
  },
  {
    id: "brief",
    slash: "/nabuur",
    text: (s) => `brief ${s.caseNumber}`,
    expect: S("recordLetter"),
    onCase: true,
  },
  { id: "samenwerking", slash: "/nabuur", text: () => "samenwerking", expect: R("organiseCooperation") },
];

/** The intake API's operations (only landlord keys exist: a key acts as landlord staff). */
export const API_OPERATIONS = [
  { id: "POST /complaints", expect: R("fileComplaint") },
  { id: "POST /signals", expect: R("logSignal") },
  { id: "GET /cases/:nr", expect: S("viewCase") },
  { id: "GET /cases/:nr/dossier.json", expect: S("exportDossierLandlord") },
  { id: "POST /cases/:nr/correspondence", expect: S("recordCorrespondence") },
  { id: "POST /cases/:nr/letters", expect: S("recordLetter") },
  { id: "POST /cases/:nr/letters/sent", expect: S("recordLetter") },
] as const;

/** The decision the policy gives `member` for an item on the subjects of pair A. */
export function expectedAllowed(expectation: Expectation, member: MemberView, scopeA: CaseScope): boolean {
  const actor = { memberId: member.id, role: member.role, organisationId: member.organisationId };
  if ("anyRegistered" in expectation) return true;
  if ("roles" in expectation) return expectation.roles.includes(member.role);
  if ("dossier" in expectation)
    return may(actor, "exportDossierLandlord", scopeA) || may(actor, "exportDossierCare", scopeA);
  if (expectation.on === "role") return PERMISSION_ROLES[expectation.policy].includes(member.role);
  return may(actor, expectation.policy, scopeA);
}

const HOUR = 3600_000;

/** A valid button value on the role's own subjects. */
export function actionValue(id: string, s: RoleSubjects): string {
  const json = (value: unknown) => JSON.stringify(value);
  if (id.startsWith("nabuur.participant.")) return json({ p: s.participantId, i: "roleAgreements" });
  if (id.startsWith("nabuur.signal.")) return json({ s: s.signalId });
  if (id.startsWith("nabuur.deadline.")) return json({ d: s.deadlineId });
  if (id.startsWith("nabuur.cooperation.")) return json({ c: s.cooperationId, n: 1 });
  switch (id) {
    case CASE_BUTTON_IDS.answerConscious:
    case CASE_BUTTON_IDS.answerUnconscious:
      return json({
        c: s.caseId,
        q: "behaviour",
        v: id === CASE_BUTTON_IDS.answerConscious ? "conscious" : "unconscious",
      });
    case CASE_BUTTON_IDS.answerJustifiedByParticipant:
    case CASE_BUTTON_IDS.answerUnjustifiedByParticipant:
      return json({
        c: s.caseId,
        q: "justifiedByParticipant",
        v: id === CASE_BUTTON_IDS.answerJustifiedByParticipant,
      });
    case CASE_BUTTON_IDS.answerJustifiedByWorker:
    case CASE_BUTTON_IDS.answerUnjustifiedByWorker:
      return json({ c: s.caseId, q: "justifiedByWorker", v: id === CASE_BUTTON_IDS.answerJustifiedByWorker });
    case CASE_BUTTON_IDS.acceptAction:
    case CASE_BUTTON_IDS.changeAction:
    case CASE_BUTTON_IDS.skipAction:
    case CASE_BUTTON_IDS.doneAction:
    case CASE_BUTTON_IDS.recordAction:
    case CASE_BUTTON_IDS.landlordAcceptAction:
    case CASE_BUTTON_IDS.landlordDoneAction:
    case CASE_BUTTON_IDS.landlordSkipAction:
      return json({ c: s.caseId, a: s.actionId });
    case CASE_BUTTON_IDS.mediationConsentYes:
    case CASE_BUTTON_IDS.mediationConsentNo:
      return json({ c: s.caseId, v: id === CASE_BUTTON_IDS.mediationConsentYes });
    case CASE_BUTTON_IDS.takeStep:
      return json({ c: s.caseId, s: "actie3" });
    case CASE_BUTTON_IDS.skipStep:
      return json({ c: s.caseId, p: "no-such-proposal" });
    case CASE_BUTTON_IDS.recordLetter:
      return json({ c: s.caseId, s: "actie3" });
    case CASE_BUTTON_IDS.followUpCheck:
      return json({ c: s.caseId, k: "fourWeeks" });
    default:
      return json({ c: s.caseId });
  }
}

/** A valid form submission (metadata and values as text) on the role's own subjects. */
export function formSubmission(
  id: string,
  s: RoleSubjects,
  people: {
    careProviderId: string;
    landlordId: string;
    worker: string;
    landlord: string;
    coordinator: string;
  },
  now: Date,
  serial: number,
): { metadata: string; values: Record<string, string> } {
  const past = new Date(now.getTime() - 2 * HOUR).toISOString();
  const earlier = new Date(now.getTime() - 5 * HOUR).toISOString();
  const future = new Date(now.getTime() + 30 * 24 * HOUR).toISOString();
  const c = JSON.stringify({ c: s.caseId });
  switch (id) {
    case CASE_FORM_IDS.intake:
      return {
        metadata: "{}",
        values: {
          participant: s.participantId,
          type: "noise",
          description: "Nog een melding",
          occurredAt: earlier,
          afterTen: "false",
          receivedByLandlordAt: past,
          complainantAnonymous: "true",
        },
      };
    case CASE_FORM_IDS.start:
      return { metadata: c, values: { approach: "Gesprek met de deelnemer" } };
    case CASE_FORM_IDS.hearing:
      return { metadata: c, values: { heldAt: past, notes: "Tweede gesprek" } };
    case CASE_FORM_IDS.changeAction:
      return {
        metadata: JSON.stringify({ c: s.caseId, a: s.actionId }),
        values: { text: "Aangepaste actie", ownerRole: "careTeamMember" },
      };
    case CASE_FORM_IDS.skipAction:
    case CASE_FORM_IDS.landlordSkipAction:
      return { metadata: JSON.stringify({ c: s.caseId, a: s.actionId }), values: { reason: "Niet nodig" } };
    case CASE_FORM_IDS.recordAction:
      return { metadata: JSON.stringify({ c: s.caseId, a: s.actionId }), values: { note: "Bewonersbrief" } };
    case CASE_FORM_IDS.complainantUpdate:
      return { metadata: c, values: { at: past, how: "phone", note: "Gebeld" } };
    case CASE_FORM_IDS.planReturn:
      return { metadata: c, values: { interventionId: "no-such-intervention", at: future } };
    case CASE_FORM_IDS.recordReturn:
      return { metadata: c, values: { interventionId: "no-such-intervention", at: past } };
    case CASE_FORM_IDS.advocacyStep:
      return { metadata: c, values: { contacted: "Woningcorporatie", outcome: "Aanvraag ingediend" } };
    case CASE_FORM_IDS.addAction:
      return {
        metadata: c,
        values: { text: "Kleine gebaren", ownerRole: "careTeamMember", careOnly: "false" },
      };
    case CASE_FORM_IDS.extendDeadline:
      return { metadata: c, values: { key: s.caseDeadlineKey, dueAt: future, reason: "Vakantie" } };
    case CASE_FORM_IDS.close:
      return { metadata: c, values: { reason: "resolved", text: "Opgelost" } };
    case CASE_FORM_IDS.careNote:
      return { metadata: c, values: { text: "Nog een notitie" } };
    case CASE_FORM_IDS.writtenFeedback:
      return { metadata: c, values: { text: "Afspraken teruggekoppeld" } };
    case CASE_FORM_IDS.followUpCheck:
      return { metadata: JSON.stringify({ c: s.caseId, k: "fourWeeks" }), values: { answer: "no" } };
    case CASE_FORM_IDS.letter:
      return {
        metadata: JSON.stringify({ c: s.caseId, s: "actie3" }),
        values: { sentAt: past, registered: "false", signedForSeen: "false" },
      };
    case CASE_FORM_IDS.intervention:
      return { metadata: c, values: { kind: "scaleUpCare", daily: "true" } };
    case CASE_FORM_IDS.interventionOutcome:
      return { metadata: c, values: { interventionId: "no-such-intervention", outcome: "successful" } };
    case CASE_FORM_IDS.courtPath:
      return { metadata: c, values: { party: "landlord", agreement: "Volgens de driepartijenovereenkomst" } };
    case CASE_FORM_IDS.skipEscalation:
      return {
        metadata: JSON.stringify({ c: s.caseId, p: "no-such-proposal" }),
        values: { reason: "Niet nu" },
      };
    case CASE_FORM_IDS.breach:
      return { metadata: c, values: { description: "Huisregel geschonden" } };
    case CASE_FORM_IDS.alternative:
      return { metadata: c, values: { description: "Plek in een 24-uursvoorziening" } };
    case CASE_FORM_IDS.eviction:
      return { metadata: c, values: { at: past } };
    case CASE_FORM_IDS.supportAfterEviction:
      return { metadata: c, values: { participantDeclines: "false", note: "Begeleiding gaat door" } };
    case CASE_FORM_IDS.reflection:
      return { metadata: c, values: { heldAt: past } };
    case PARTICIPANT_FORM_IDS.register:
      return {
        metadata: "{}",
        values: {
          reference: `HF-X${serial}`,
          careProviderId: people.careProviderId,
          landlordId: people.landlordId,
          dwelling: "Nieuwe straat 1",
          leaseType: "own",
          supportWorkerId: people.worker,
          landlordContactId: people.landlord,
          coordinatorId: people.coordinator,
        },
      };
    case PARTICIPANT_FORM_IDS.skipItem:
      return {
        metadata: JSON.stringify({ p: s.participantId, i: "matching" }),
        values: { reason: "Al geregeld" },
      };
    case PARTICIPANT_FORM_IDS.extendItem:
      return {
        metadata: JSON.stringify({ p: s.participantId, i: "viewingAndDocuments" }),
        values: { newDueAt: future, reason: "Later" },
      };
    case SIGNAL_FORM_IDS.log:
      return {
        metadata: "{}",
        values: {
          participantId: s.participantId,
          kind: "missedRent",
          source: "landlord",
          observedAt: past,
          description: "Huur niet betaald",
        },
      };
    case SIGNAL_FORM_IDS.sharing:
      return {
        metadata: JSON.stringify({ s: s.signalId }),
        values: { share: "no", consultedMemberId: people.worker },
      };
    case SIGNAL_FORM_IDS.followUp:
      return { metadata: JSON.stringify({ s: s.signalId }), values: { note: "Besproken" } };
    case DEADLINE_FORM_IDS.extend:
      return { metadata: JSON.stringify({ d: s.deadlineId }), values: { newDueAt: future, reason: "Later" } };
    case DEADLINE_FORM_IDS.handOver:
      return { metadata: JSON.stringify({ d: s.deadlineId }), values: { toMemberId: people.coordinator } };
    case CORRESPONDENCE_FORM_ID:
      return {
        metadata: c,
        values: { party: "Wijkagent", direction: "incoming", at: past, summary: "Melding bevestigd" },
      };
    case COOPERATION_FORM_IDS.plan:
      return {
        metadata: JSON.stringify({ cp: people.careProviderId, l: people.landlordId }),
        values: { plannedFor: future },
      };
    case COOPERATION_FORM_IDS.reschedule:
      return {
        metadata: JSON.stringify({ c: s.cooperationId, n: 1 }),
        values: { plannedFor: future, reason: "Vakantie" },
      };
    case COOPERATION_FORM_IDS.held:
      return {
        metadata: JSON.stringify({ c: s.cooperationId, n: 1 }),
        values: { heldAt: past, partyCommunityPolice: "true" },
      };
    default:
      throw new Error(`no submission for form ${id}: add it to the matrix`);
  }
}
