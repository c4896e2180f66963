/** Actie 2 texts: the three questions, the table rows, Nabuur's rule and the action texts. */
import type { Locale } from "../model.ts";
import type { AssessmentQuestion, CompleteAnswers } from "./answers.ts";
import type { DerivedRule, FollowUpRow } from "./matrix.ts";
import type { AssessmentActionCode } from "./templates.ts";

interface AssessmentTexts {
  title: string;
  questions: { [Q in AssessmentQuestion]: string };
  conscious: string;
  unconscious: string;
  justifiedByParticipant: string;
  unjustifiedByParticipant: string;
  justifiedByWorker: string;
  unjustifiedByWorker: string;
  rows: { [R in FollowUpRow]: string };
  /** The answers in words, the way the table's rows read. */
  answers: {
    both: (justified: boolean) => string;
    differ: (byParticipant: boolean) => string;
  };
  /** A derived result: the table row whose actions it follows. */
  followsRow: (row: string) => string;
  tableSource: string;
  derivedPrefix: string;
  derivedRules: { [D in DerivedRule]: string };
  actions: { [C in AssessmentActionCode]: string };
}

const nl: AssessmentTexts = {
  title: "Beoordeling klacht (Actie 2)",
  questions: {
    behaviour: "Gedrag",
    justifiedByParticipant: "Klacht volgens de deelnemer",
    justifiedByWorker: "Klacht volgens de begeleider",
  },
  conscious: "Bewust",
  unconscious: "Onbewust",
  justifiedByParticipant: "Terecht (deelnemer)",
  unjustifiedByParticipant: "Onterecht (deelnemer)",
  justifiedByWorker: "Terecht (begeleider)",
  unjustifiedByWorker: "Onterecht (begeleider)",
  rows: {
    consciousJustified: "Bewust — terecht volgens de deelnemer en de begeleider",
    consciousParticipantDisagrees: "Bewust — onterecht volgens de deelnemer, terecht volgens de begeleider",
    unconsciousJustified: "Onbewust — terecht volgens de deelnemer en de begeleider",
    unconsciousUnjustified: "Onbewust — onterecht volgens de deelnemer en de begeleider",
  },
  answers: {
    both: (justified) => `${justified ? "terecht" : "onterecht"} volgens de deelnemer en de begeleider`,
    differ: (byParticipant) =>
      byParticipant
        ? "terecht volgens de deelnemer, onterecht volgens de begeleider"
        : "onterecht volgens de deelnemer, terecht volgens de begeleider",
  },
  followsRow: (row) => `acties volgens de rij „${row}”`,
  tableSource: "Volgens het schema van de richtlijn",
  derivedPrefix: "Afgeleid volgens Nabuur-regel",
  derivedRules: {
    workerJudgementDecides: "het oordeel van de begeleider bepaalt of de klacht terecht is",
    participantDisagreementAddsVoiceHelp:
      "de deelnemer vindt de klacht onterecht: help de deelnemer zijn of haar zienswijze te verwoorden",
    consciousUnjustifiedFollowsUnjustifiedRow:
      "bewust gedrag bij een onterechte klacht volgt de rij 'onterecht'",
  },
  actions: {
    informLandlordWithParticipant: "Begeleider informeert (samen met de deelnemer) de verhuurder",
    agreeComplainantActions: "In afstemming met de verhuurder de acties richting de klager bepalen",
    supportNormalBehaviour:
      "In de begeleiding aandacht voor normaal gedrag en buurcontact; tools aanreiken om het gedrag te veranderen",
    makeAgreementsWithParticipant: "Begeleider maakt afspraken met de deelnemer",
    helpVoiceView: "Deelnemer helpen zijn of haar zienswijze en bezwaar op de klacht bespreekbaar te maken",
    explainBehaviourChange: "In het gesprek aangeven welke aanpassingen in het gedrag nodig zijn",
    addToSupportPlan: "De acties opnemen in het ondersteuningsplan",
    feedbackToLandlordWithParticipant: "(Samen met de deelnemer) terugkoppeling geven aan de verhuurder",
    landlordInformsComplainant:
      "Verhuurder informeert de klager over de behandeling van de klacht en hoe die bij herhaling contact opneemt",
    followUpSixWeeks:
      "Na zes weken bij de verhuurder navragen (en de verhuurder bij de klager) of de klachten verholpen zijn",
    agreeRelationRepair:
      "Samen met de deelnemer contact zoeken met de verhuurder om een aanpak af te spreken om de burenrelatie te herstellen",
    neighbourMediation:
      "Als dat niet lukt: Buurtbemiddeling inschakelen (alleen met toestemming van de deelnemer)",
    requestNoiseMeasurement:
      "Geluidsmeting aanvragen bij de verhuurder: gaat het geluid de grens van normale leefgeluiden te boven?",
    smallGesture:
      "Klein gebaar of relatieherstel (vul zelf in, bijvoorbeeld een reep chocola na een luide avond)",
    reportInWriting: "Genomen acties en afspraken schriftelijk terugkoppelen aan de verhuurder",
    registerInCareRecord: "Acties en klachten registreren in het zorgdossier",
    informNeighbourhood: "Buurt informeren (de verhuurder beslist of en hoe)",
    discussApproachWithParticipant: "Aanpak bespreken met de deelnemer",
  },
};

const en: AssessmentTexts = {
  title: "Complaint assessment (Actie 2)",
  questions: {
    behaviour: "Behaviour",
    justifiedByParticipant: "Complaint according to the participant",
    justifiedByWorker: "Complaint according to the support worker",
  },
  conscious: "Conscious",
  unconscious: "Unconscious",
  justifiedByParticipant: "Justified (participant)",
  unjustifiedByParticipant: "Unjustified (participant)",
  justifiedByWorker: "Justified (worker)",
  unjustifiedByWorker: "Unjustified (worker)",
  rows: {
    consciousJustified: "Conscious — justified according to participant and worker",
    consciousParticipantDisagrees:
      "Conscious — unjustified according to the participant, justified according to the worker",
    unconsciousJustified: "Unconscious — justified according to participant and worker",
    unconsciousUnjustified: "Unconscious — unjustified according to participant and worker",
  },
  answers: {
    both: (justified) => `${justified ? "justified" : "unjustified"} according to participant and worker`,
    differ: (byParticipant) =>
      byParticipant
        ? "justified according to the participant, unjustified according to the worker"
        : "unjustified according to the participant, justified according to the worker",
  },
  followsRow: (row) => `actions of the row "${row}"`,
  tableSource: "From the guideline's table",
  derivedPrefix: "Derived by Nabuur's rule",
  derivedRules: {
    workerJudgementDecides: "the support worker's judgement decides whether the complaint is justified",
    participantDisagreementAddsVoiceHelp:
      "the participant finds the complaint unjustified: help the participant voice their view",
    consciousUnjustifiedFollowsUnjustifiedRow:
      "conscious behaviour with an unjustified complaint follows the 'unjustified' row",
  },
  actions: {
    informLandlordWithParticipant: "Worker informs the landlord (together with the participant)",
    agreeComplainantActions: "Agree the actions towards the complainant with the landlord",
    supportNormalBehaviour:
      "Support attends to normal behaviour and neighbour contact; offer tools to change the behaviour",
    makeAgreementsWithParticipant: "Worker makes agreements with the participant",
    helpVoiceView: "Help the participant voice their view and objection to the complaint",
    explainBehaviourChange: "Tell the participant which changes in behaviour are needed",
    addToSupportPlan: "Put the actions in the support plan",
    feedbackToLandlordWithParticipant: "Give feedback to the landlord (together with the participant)",
    landlordInformsComplainant:
      "Landlord tells the complainant how the complaint is handled and how to report a recurrence",
    followUpSixWeeks:
      "After six weeks ask the landlord (and the landlord the complainant) whether the complaints have stopped",
    agreeRelationRepair:
      "Contact the landlord together with the participant to agree how to restore the neighbour relation",
    neighbourMediation: "If that fails: involve neighbour mediation (only with the participant's consent)",
    requestNoiseMeasurement:
      "Request a noise measurement at the landlord: does it exceed normal living noise?",
    smallGesture: "Small gesture or relationship repair (fill in, e.g. a chocolate bar after a loud evening)",
    reportInWriting: "Report the actions and agreements to the landlord in writing",
    registerInCareRecord: "Register the actions and complaints in the care record",
    informNeighbourhood: "Inform the neighbourhood (the landlord decides whether and how)",
    discussApproachWithParticipant: "Discuss the approach with the participant",
  },
};

export const assessmentTexts: Record<Locale, AssessmentTexts> = { nl, en };

/**
 * Actie 2: the confirmed result in words. The answers as given (for the four table rows exactly the
 * row's label); a derived combination also names the table row whose actions it follows.
 */
export function assessmentResultLabel(
  result: { row: FollowUpRow; source: "table" | "derived"; answers: CompleteAnswers },
  locale: Locale,
): string {
  const t = assessmentTexts[locale];
  const { behaviour, justifiedByParticipant: byParticipant, justifiedByWorker: byWorker } = result.answers;
  const judged = byParticipant === byWorker ? t.answers.both(byWorker) : t.answers.differ(byParticipant);
  const answers = `${behaviour === "conscious" ? t.conscious : t.unconscious} — ${judged}`;
  return result.source === "table" ? answers : `${answers} (${t.followsRow(t.rows[result.row])})`;
}
