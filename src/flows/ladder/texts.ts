/** Actie 3–6 texts: steps, situations, actions, preconditions, interventions, court and letters. */
import type { Locale } from "../model.ts";
import type { ReadinessCondition } from "./court.ts";
import type {
  CourtParty,
  EscalationSituation,
  InterventionKind,
  InterventionOutcome,
  LadderStep,
  LetterKind,
  ParticipantDecision,
  TimeOutReason,
} from "./model.ts";
import type { PreconditionEvidence, PreconditionId } from "./preconditions.ts";
import type { LadderActionCode } from "./steps.ts";

interface LadderTexts {
  title: string;
  steps: { [S in LadderStep]: string };
  situations: { [S in EscalationSituation]: string };
  consultParties: string;
  actions: { [C in LadderActionCode]: string };
  preconditions: { [P in PreconditionId]: (e: PreconditionEvidence) => string };
  preconditionNames: { [P in PreconditionId]: string };
  readiness: { [R in ReadinessCondition["id"]]: string };
  interventions: { [K in InterventionKind]: string };
  timeOutReasons: { [R in TimeOutReason]: string };
  participantDecisions: { [D in ParticipantDecision]: string };
  outcomes: { [O in InterventionOutcome]: string };
  courtParties: { [P in CourtParty]: string };
  letters: { [L in LetterKind]: string };
}

const nl: LadderTexts = {
  title: "Escalatieladder (Actie 3–6)",
  steps: {
    actie3: "Actie 3: waarschuwingsbrief",
    actie4: "Actie 4: tweede waarschuwingsbrief",
    actie5: "Actie 5: sommatiebrief",
    actie6: "Actie 6: ontbinding en ontruiming via de rechter",
  },
  situations: {
    similarComplaint:
      "Situatie 1: een nieuwe, gelijksoortige, terechte klacht na een eerdere terechte klacht",
    repeatedComplaints: "Situatie 2: herhalende of voortdurende klachten",
  },
  consultParties:
    "In afstemming met de deelnemer, naasten, verhuurder, gemeente, wijkagent, verwijzende instantie en behandelaar",
  actions: {
    alignLandlordAndTeam: "Verhuurder en team stemmen opnieuw af",
    warningLetter:
      "Verhuurder stuurt de deelnemer een waarschuwingsbrief met de gevolgen als de overlast voortduurt",
    discussLetterWithParticipant:
      "Team bespreekt de brief met de deelnemer (begrijpt de situatie, weet dat er hulp is) en spreekt af hoe aan het gedrag wordt gewerkt",
    adviseComplainantPolice:
      "Verhuurder adviseert de klager de politie te bellen als de overlast niet stopt of na 22:00 plaatsvindt",
    considerInterventions:
      "Begeleider en team overwegen zorginterventies, handhavende acties of een combinatie",
    consultParties:
      "Afstemmen met de deelnemer, naasten, verhuurder, gemeente, wijkagent, verwijzende instantie en behandelaar",
    secondWarningLetter: "Verhuurder stuurt een tweede officiële waarschuwingsbrief",
    legalAdvice: "Juridisch advies vragen",
    copyToLandlordDossier: "Kopie van de brief in het dossier van de verhuurder (dossieropbouw)",
    copyToCareRecord: "Kopie van de brief in het zorgdossier van de deelnemer",
    informNeighbours:
      "Verhuurder informeert de buren zoals afgesproken en met inachtneming van de privacywet",
    summonsLetter: "Verhuurder stuurt een aangetekende sommatiebrief; de deelnemer tekent 'voor gezien'",
    informComplainantOnCall:
      "Verhuurder vertelt de klager hoe de bereikbare dienst van de zorgaanbieder te bereiken is (ook buiten kantooruren) en na 22:00 de politie te bellen",
    decideCourtParty: "Vastleggen wie naar de rechter gaat (volgens het type huurcontract)",
    checkCourtReadiness:
      "Nagaan of het overlastdossier compleet is (dossier, geschonden afspraken, alles gedaan)",
    exploreAlternative:
      "Met de deelnemer alternatieve huisvesting en zorg bespreken (dan is geen rechtszaak nodig)",
    advocateHousing: "Pleitbezorging alternatieve huisvesting",
  },
  preconditions: {
    escalationGrounds: (e) =>
      `Eerdere terechte klacht(en): ${String(e.counting)} terechte klachten in totaal`,
    assessmentDone: (e) => `Alle klachten beoordeeld (nog open: ${String(e.unassessed)})`,
    previousStepTaken: (e) => `${nl.steps[e.step as LadderStep] ?? String(e.step)} is gezet`,
    previousLetterRecorded: (e) => `${nl.letters[e.letter as LetterKind] ?? String(e.letter)} is vastgelegd`,
    summonsRegisteredAndSigned: (e) =>
      `Sommatiebrief aangetekend (${e.registered ? "ja" : "nee"}) en 'voor gezien' getekend (${e.signedForSeen ? "ja" : "nee"})`,
    continuingNuisance: (e) =>
      `Overlast duurt voort na ${nl.steps[e.since as LadderStep] ?? String(e.since)}: ${String(e.complaintsAfter)} terechte klachten, ${String(e.checksAfter)} controles`,
    interventionsUnsuccessful: (e) =>
      `Interventies zonder succes doorlopen: ${String(e.offered)} aangeboden, ${String(e.failed)} zonder succes, ${String(e.pending)} lopend`,
    legalAdviceRequested: (e) =>
      `Juridisch advies gevraagd bij ${nl.steps[e.step as LadderStep] ?? String(e.step)}`,
    nuisanceDossier: (e) =>
      `Overlastdossier: ${String(e.letters)} brieven, ${String(e.timelineEntries)} tijdlijnregels`,
    agreementsBroken: (e) => `Geschonden afspraken vastgelegd: ${String(e.breaches)}`,
    everythingPossibleDone: (e) =>
      `Alles gedaan om de overlast te stoppen: ${String(e.offered)} interventies aangeboden`,
  },
  preconditionNames: {
    escalationGrounds: "eerdere terechte klacht",
    assessmentDone: "klachten beoordeeld",
    previousStepTaken: "vorige stap gezet",
    previousLetterRecorded: "vorige brief vastgelegd",
    summonsRegisteredAndSigned: "sommatiebrief aangetekend en 'voor gezien' getekend",
    continuingNuisance: "overlast duurt voort",
    interventionsUnsuccessful: "interventies zonder succes doorlopen",
    legalAdviceRequested: "juridisch advies gevraagd",
    nuisanceDossier: "overlastdossier",
    agreementsBroken: "geschonden afspraken",
    everythingPossibleDone: "alles gedaan",
  },
  readiness: {
    nuisanceDossier: "Er is een overlastdossier (brieven en tijdlijn)",
    agreementsBroken: "Specifieke afspraken zijn niet nagekomen",
    everythingPossibleDone: "Al het mogelijke is gedaan om het gedrag te stoppen",
  },
  interventions: {
    scaleUpCare: "Interventie 1: zorgintensiteit opschalen",
    timeOut: "Interventie 2: time-outvoorziening of respijtplaats",
    rehousing: "Interventie 3: herplaatsing in een andere woning",
    otherPlace: "Interventie 4: een andere passende plek",
  },
  timeOutReasons: {
    coolingOff: "Afkoelperiode nodig (overlastgevend gedrag of conflict met buren)",
    networkUnavailable: "Netwerk (tijdelijk) niet beschikbaar",
    moreSupervision: "Tijdelijk intensievere ondersteuning of toezicht nodig",
    majorEvent: "Ingrijpende gebeurtenis",
    transitionFromClinic: "Overgang van klinische opname naar zelfstandig wonen",
    safety: "Veiligheid",
  },
  participantDecisions: {
    accepted: "Deelnemer kiest voor herplaatsing",
    declined: "Deelnemer kiest niet voor herplaatsing",
    undecided: "Deelnemer heeft nog niet gekozen",
  },
  outcomes: {
    successful: "Met succes",
    unsuccessful: "Zonder succes",
    declinedByParticipant: "Door de deelnemer afgewezen",
  },
  courtParties: { landlord: "de verhuurder", careProvider: "de zorgaanbieder" },
  letters: {
    warning: "Waarschuwingsbrief",
    secondWarning: "Tweede officiële waarschuwingsbrief",
    summons: "Sommatiebrief",
  },
};

const en: LadderTexts = {
  title: "Escalation ladder (Actie 3–6)",
  steps: {
    actie3: "Actie 3: warning letter",
    actie4: "Actie 4: second warning letter",
    actie5: "Actie 5: summons letter",
    actie6: "Actie 6: dissolution and eviction via the court",
  },
  situations: {
    similarComplaint: "Situation 1: a new, similar, justified complaint after an earlier justified one",
    repeatedComplaints: "Situation 2: repeated or continuing complaints",
  },
  consultParties:
    "In consultation with the participant, relatives, landlord, municipality, community police officer, referring agency and practitioner",
  actions: {
    alignLandlordAndTeam: "Landlord and team align again",
    warningLetter:
      "Landlord sends the participant a warning letter stating the consequences if the nuisance continues",
    discussLetterWithParticipant:
      "Team discusses the letter with the participant (understands it, knows help is available) and agrees how to work on the behaviour",
    adviseComplainantPolice:
      "Landlord advises the complainant to call the police if the nuisance continues or happens after 22:00",
    considerInterventions: "Worker and team consider care interventions, enforcement or both",
    consultParties:
      "Consult the participant, relatives, landlord, municipality, community police officer, referring agency and practitioner",
    secondWarningLetter: "Landlord sends a second official warning letter",
    legalAdvice: "Request legal advice",
    copyToLandlordDossier: "Copy of the letter into the landlord's dossier",
    copyToCareRecord: "Copy of the letter into the participant's care record",
    informNeighbours: "Landlord informs the neighbours as agreed and within privacy law",
    summonsLetter: "Landlord sends a registered summons letter; the participant signs it 'voor gezien'",
    informComplainantOnCall:
      "Landlord tells the complainant how to reach the care provider's on-call service (also after hours) and to call the police after 22:00",
    decideCourtParty: "Record who goes to court (by lease type)",
    checkCourtReadiness:
      "Check that the nuisance dossier is complete (dossier, broken agreements, everything done)",
    exploreAlternative:
      "Discuss alternative housing and care with the participant (then no court case is needed)",
    advocateHousing: "Advocate for alternative housing",
  },
  preconditions: {
    escalationGrounds: (e) =>
      `Earlier justified complaint(s): ${String(e.counting)} justified complaints in total`,
    assessmentDone: (e) => `All complaints assessed (still open: ${String(e.unassessed)})`,
    previousStepTaken: (e) => `${en.steps[e.step as LadderStep] ?? String(e.step)} was taken`,
    previousLetterRecorded: (e) => `${en.letters[e.letter as LetterKind] ?? String(e.letter)} is recorded`,
    summonsRegisteredAndSigned: (e) =>
      `Summons letter registered (${e.registered ? "yes" : "no"}) and signed 'voor gezien' (${e.signedForSeen ? "yes" : "no"})`,
    continuingNuisance: (e) =>
      `Nuisance continues after ${en.steps[e.since as LadderStep] ?? String(e.since)}: ${String(e.complaintsAfter)} justified complaints, ${String(e.checksAfter)} checks`,
    interventionsUnsuccessful: (e) =>
      `Interventions tried without success: ${String(e.offered)} offered, ${String(e.failed)} unsuccessful, ${String(e.pending)} running`,
    legalAdviceRequested: (e) =>
      `Legal advice requested at ${en.steps[e.step as LadderStep] ?? String(e.step)}`,
    nuisanceDossier: (e) =>
      `Nuisance dossier: ${String(e.letters)} letters, ${String(e.timelineEntries)} timeline entries`,
    agreementsBroken: (e) => `Broken agreements recorded: ${String(e.breaches)}`,
    everythingPossibleDone: (e) =>
      `Everything done to stop the nuisance: ${String(e.offered)} interventions offered`,
  },
  preconditionNames: {
    escalationGrounds: "earlier justified complaint",
    assessmentDone: "complaints assessed",
    previousStepTaken: "previous step taken",
    previousLetterRecorded: "previous letter recorded",
    summonsRegisteredAndSigned: "summons registered and signed 'voor gezien'",
    continuingNuisance: "nuisance continues",
    interventionsUnsuccessful: "interventions tried without success",
    legalAdviceRequested: "legal advice requested",
    nuisanceDossier: "nuisance dossier",
    agreementsBroken: "broken agreements",
    everythingPossibleDone: "everything done",
  },
  readiness: {
    nuisanceDossier: "A nuisance dossier exists (letters and timeline)",
    agreementsBroken: "Specific agreements were broken",
    everythingPossibleDone: "Everything possible was done to stop the behaviour",
  },
  interventions: {
    scaleUpCare: "Intervention 1: scale up care intensity",
    timeOut: "Intervention 2: time-out or respite place",
    rehousing: "Intervention 3: rehousing in another dwelling",
    otherPlace: "Intervention 4: another suitable place",
  },
  timeOutReasons: {
    coolingOff: "Cooling-off period needed (nuisance or conflict with neighbours)",
    networkUnavailable: "Network (temporarily) unavailable",
    moreSupervision: "More intensive support or supervision needed for a while",
    majorEvent: "Major life event",
    transitionFromClinic: "Transition from clinical admission to living independently",
    safety: "Safety",
  },
  participantDecisions: {
    accepted: "Participant chooses rehousing",
    declined: "Participant does not choose rehousing",
    undecided: "Participant has not decided yet",
  },
  outcomes: {
    successful: "Successful",
    unsuccessful: "Unsuccessful",
    declinedByParticipant: "Declined by the participant",
  },
  courtParties: { landlord: "the landlord", careProvider: "the care provider" },
  letters: {
    warning: "Warning letter",
    secondWarning: "Second official warning letter",
    summons: "Summons letter",
  },
};

export const ladderTexts: Record<Locale, LadderTexts> = { nl, en };
