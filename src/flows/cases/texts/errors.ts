/** Messages for refused case events (FlowError codes), Dutch and English. */
import type { Locale } from "../../model.ts";

export const CASE_ERROR_CODES = [
  "case.closed",
  "case.notOpen",
  "case.alreadyStarted",
  "role.notAllowed",
  "input.textRequired",
  "complaint.duplicate",
  "assessment.incomplete",
  "assessment.notForParticipantReport",
  "assessment.alreadyAnswered",
  "assessment.replaced",
  "action.unknown",
  "action.alreadyAccepted",
  "action.alreadyDone",
  "action.notSkippable",
  "action.skipReasonRequired",
  "mediation.consentRequired",
  "noiseMeasurement.noiseOnly",
  "deadline.unknown",
  "deadline.reasonRequired",
  "deadline.notLater",
  "participantReport.neverEscalates",
  "ladder.stepAlreadyTaken",
  "ladder.noFurtherStep",
  "ladder.proposalPending",
  "ladder.proposalUnknown",
  "ladder.skipReasonRequired",
  "intervention.unknown",
  "intervention.otherPlaceWithParticipant",
  "court.partyRequired",
  "court.partyMismatch",
  "close.otherReasonRequired",
  "close.reasonNotApplicable",
  "eviction.notRecorded",
  "eviction.alternativeAgreed",
  "complainants.noComplainants",
  "returnHome.notTimeOut",
  "returnHome.alreadyReturned",
] as const;
export type CaseErrorCode = (typeof CASE_ERROR_CODES)[number];

type Params = Record<string, string | number>;
type ErrorTexts = { [C in CaseErrorCode]: (p: Params) => string };

const nl: ErrorTexts = {
  "case.closed": () => "Deze zaak is gesloten; er kan niets meer aan worden toegevoegd.",
  "case.notOpen": () => "Deze zaak is afgerond. Open een nieuwe zaak voor een nieuwe melding.",
  "case.alreadyStarted": () => "Het team is al met deze zaak gestart.",
  "role.notAllowed": () => "Je rol mag deze stap niet zetten.",
  "input.textRequired": () => "Vul de gevraagde tekst in; een leeg veld kan niet worden vastgelegd.",
  "complaint.duplicate": () => "Deze klacht staat al in de zaak.",
  "assessment.incomplete": (p) =>
    `Beantwoord eerst alle drie de vragen van de beoordeling (nog open: ${String(p.missing ?? "")}).`,
  "assessment.notForParticipantReport": () =>
    "Een melding van de deelnemer zelf wordt niet beoordeeld als klacht over de deelnemer.",
  "assessment.alreadyAnswered": () => "Dit antwoord staat al zo in de beoordeling; er is niets veranderd.",
  "assessment.replaced": (p) =>
    p.complaint === undefined || p.current === undefined
      ? "Deze beoordeling is vervangen door een nieuwere in de zaakdraad. Er is niets veranderd."
      : `Deze beoordeling hoort bij klacht ${p.complaint} van zaak ${p.caseNumber} en is vervangen door de beoordeling van klacht ${p.current}. Er is niets veranderd; gebruik de nieuwe beoordeling in de zaakdraad.`,
  "action.unknown": () => "Deze actie bestaat niet (meer) in de zaak.",
  "action.alreadyAccepted": () => "Deze actie is al afgesproken.",
  "action.alreadyDone": () => "Deze actie is al afgerond.",
  "action.notSkippable": () =>
    "Juridisch advies is bij Actie 4, 5 en 6 verplicht en kan niet worden overgeslagen.",
  "action.skipReasonRequired": () => "Geef een reden op om deze actie over te slaan.",
  "mediation.consentRequired": () =>
    "Buurtbemiddeling kan alleen in overleg met de deelnemer: leg eerst de toestemming van de deelnemer vast.",
  "noiseMeasurement.noiseOnly": () => "Een geluidsmeting kan alleen bij een klacht over geluidsoverlast.",
  "deadline.unknown": () => "Deze termijn loopt niet (meer).",
  "deadline.reasonRequired": () => "Geef een reden op voor het verlengen van de termijn.",
  "deadline.notLater": () => "De nieuwe datum moet in de toekomst liggen.",
  "participantReport.neverEscalates": () =>
    "Een melding van de deelnemer telt niet mee en leidt nooit tot een escalatiestap.",
  "ladder.stepAlreadyTaken": (p) => `${String(p.step ?? "Deze stap")} is al gezet.`,
  "ladder.noFurtherStep": () => "Er is geen volgende escalatiestap meer.",
  "ladder.proposalPending": () => "Er staat al een voorstel voor een escalatiestap open.",
  "ladder.proposalUnknown": () => "Dit escalatievoorstel staat niet (meer) open.",
  "ladder.skipReasonRequired": () => "Geef een reden op om de voorgestelde escalatiestap niet te zetten.",
  "intervention.unknown": () => "Deze interventie bestaat niet in de zaak.",
  "intervention.otherPlaceWithParticipant": () =>
    "Een andere passende plek wordt nooit op voorhand besloten, alleen samen met de deelnemer.",
  "court.partyRequired": () =>
    "Bij een driepartijenovereenkomst gaat naar de rechter wie dat is afgesproken: kies de partij.",
  "court.partyMismatch": (p) =>
    `Bij dit type huurcontract gaat ${p.expected === "careProvider" ? "de zorgaanbieder" : "de verhuurder"} naar de rechter.`,
  "close.otherReasonRequired": () => "Beschrijf waarom de zaak wordt gesloten.",
  "close.reasonNotApplicable": () => "Deze reden past niet bij dit soort zaak.",
  "eviction.notRecorded": () => "Er is geen ontruiming vastgelegd in deze zaak.",
  "eviction.alternativeAgreed": () =>
    "De deelnemer stemde in met alternatieve huisvesting en zorg, dus er is geen rechtszaak nodig. Bevestig dat je de ontruiming toch wilt vastleggen.",
  "complainants.noComplainants": () =>
    "Bij een melding van de deelnemer zelf zijn er geen klagers om bij te praten.",
  "returnHome.notTimeOut": () =>
    "De terugkeer naar de eigen woning hoort bij een vastgelegde time-out (Interventie 2).",
  "returnHome.alreadyReturned": () => "De terugkeer naar de eigen woning is al vastgelegd.",
};

const en: ErrorTexts = {
  "case.closed": () => "This case is closed; nothing can be added to it.",
  "case.notOpen": () => "This case is resolved. Open a new case for a new complaint.",
  "case.alreadyStarted": () => "The team has already started on this case.",
  "role.notAllowed": () => "Your role may not take this step.",
  "input.textRequired": () => "Please fill in the requested text; an empty field cannot be recorded.",
  "complaint.duplicate": () => "This complaint is already part of the case.",
  "assessment.incomplete": (p) =>
    `Answer all three assessment questions first (still open: ${String(p.missing ?? "")}).`,
  "assessment.notForParticipantReport": () =>
    "A report by the participant is not assessed as a complaint about the participant.",
  "assessment.alreadyAnswered": () => "The assessment already has this answer; nothing changed.",
  "assessment.replaced": (p) =>
    p.complaint === undefined || p.current === undefined
      ? "This assessment was replaced by a newer one in the case thread. Nothing changed."
      : `This assessment belongs to complaint ${p.complaint} of case ${p.caseNumber} and was replaced by the assessment of complaint ${p.current}. Nothing changed; use the new assessment in the case thread.`,
  "action.unknown": () => "This action no longer exists in the case.",
  "action.alreadyAccepted": () => "This action has already been agreed.",
  "action.alreadyDone": () => "This action is already done.",
  "action.notSkippable": () => "Legal advice is required at Actie 4, 5 and 6 and cannot be skipped.",
  "action.skipReasonRequired": () => "Give a reason to skip this action.",
  "mediation.consentRequired": () =>
    "Neighbour mediation needs the participant's consent: record the participant's consent first.",
  "noiseMeasurement.noiseOnly": () => "A noise measurement only fits a noise complaint.",
  "deadline.unknown": () => "This deadline is not running (any more).",
  "deadline.reasonRequired": () => "Give a reason for extending the deadline.",
  "deadline.notLater": () => "The new date must lie in the future.",
  "participantReport.neverEscalates": () =>
    "A report by the participant does not count and never leads to an escalation step.",
  "ladder.stepAlreadyTaken": (p) => `${String(p.step ?? "This step")} has already been taken.`,
  "ladder.noFurtherStep": () => "There is no further escalation step.",
  "ladder.proposalPending": () => "A proposed escalation step is already waiting for a decision.",
  "ladder.proposalUnknown": () => "This escalation proposal is not open (any more).",
  "ladder.skipReasonRequired": () => "Give a reason not to take the proposed escalation step.",
  "intervention.unknown": () => "This intervention does not exist in the case.",
  "intervention.otherPlaceWithParticipant": () =>
    "Another suitable place is never decided in advance, only together with the participant.",
  "court.partyRequired": () =>
    "With a three-party agreement the agreed party goes to court: choose the party.",
  "court.partyMismatch": (p) =>
    `With this lease type ${p.expected === "careProvider" ? "the care provider" : "the landlord"} goes to court.`,
  "close.otherReasonRequired": () => "Describe why the case is closed.",
  "close.reasonNotApplicable": () => "This reason does not fit this kind of case.",
  "eviction.notRecorded": () => "No eviction has been recorded in this case.",
  "eviction.alternativeAgreed": () =>
    "The participant agreed to alternative housing and care, so no court case is needed. Confirm that you still want to record the eviction.",
  "complainants.noComplainants": () => "A participant's own report has no complainants to update.",
  "returnHome.notTimeOut": () => "The return home belongs to a recorded time-out (Interventie 2).",
  "returnHome.alreadyReturned": () => "The return home has already been recorded.",
};

export const errorTexts: Record<Locale, ErrorTexts> = { nl, en };

export function isCaseErrorCode(code: string): code is CaseErrorCode {
  return (CASE_ERROR_CODES as readonly string[]).includes(code);
}

/** The message for a refused event; unknown codes fall back to the code itself. */
export function errorMessage(code: string, params: Params, locale: Locale = "nl"): string {
  return isCaseErrorCode(code) ? errorTexts[locale][code](params) : code;
}
