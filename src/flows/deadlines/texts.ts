/**
 * User-visible texts of the deadline module: nudge cards, the "my deadlines" list, the more-time
 * and hand-over forms and refusals. Dutch is the default; the English object must have exactly
 * the same keys (checked by the DeadlineTexts type).
 */
import type { GuidelineStep, Locale, Role } from "../model.ts";
import type { NudgeStage } from "./schedule.ts";

export const DEADLINE_ERROR_CODES = [
  "deadline.closed",
  "deadline.reasonRequired",
  "deadline.invalidDate",
  "deadline.notLater",
  "deadline.notInFuture",
  "deadline.newOwnerRequired",
  "deadline.sameOwner",
  "deadline.alreadyOpen",
  "deadline.cancelled",
] as const;
export type DeadlineErrorCode = (typeof DEADLINE_ERROR_CODES)[number];

type Params = Record<string, string | number>;

interface StageTexts {
  header: (subject: string) => string;
  summary: (subject: string, due: string) => string;
  intro: string;
}

const nl = {
  items: {
    start: "Zaak starten en de verhuurder laten weten hoe het team het aanpakt (Actie 1)",
    fourWeeks: "Controle na 4 weken: navragen bij de verhuurder of er nieuwe klachten zijn",
    sixWeeks: "Navraag na 6 weken: zijn de klachten gestopt?",
    resolution: "Overlast verholpen binnen 3 maanden",
    reflection: "Reflectie- en evaluatiebijeenkomst na de ontruiming",
    onboarding: "Startlijst",
    signalAcknowledge: (kind: string) => `${kind}: ontvangst bevestigen (binnen 48 uur)`,
    signalFollowUp: (kind: string) => `${kind}: opvolgen`,
    cooperation: "Jaarlijkse samenwerkingsbijeenkomst",
    other: "Termijn",
    careOnly: "Taak van het zorgteam",
  },
  stages: {
    headsUp: {
      header: (subject: string) => `⏰ Termijn nadert — ${subject}`,
      summary: (subject: string, due: string) => `Herinnering ${subject}: uiterlijk ${due}`,
      intro:
        "Deze termijn verloopt binnenkort. Klaar? Meld het met *Klaar*. Lukt het niet op tijd, vraag dan *Meer tijd* of draag de termijn over.",
    },
    due: {
      header: (subject: string) => `⏰ Termijn verloopt nu — ${subject}`,
      summary: (subject: string, due: string) => `Termijn ${subject} verloopt nu (${due})`,
      intro:
        "De termijn is bereikt. Meld het met *Klaar* als het gedaan is, of vraag *Meer tijd* met een reden.",
    },
    overdue: {
      header: (subject: string) => `⚠️ Termijn verstreken — ${subject}`,
      summary: (subject: string, due: string) => `Termijn ${subject} verstreken (${due})`,
      intro:
        "De termijn is verstreken. De coördinator en de contactpersoon van de verhuurder zijn op de hoogte gebracht.",
    },
  } satisfies Record<NudgeStage, StageTexts>,
  card: {
    due: "Uiterlijk",
    owner: "Eigenaar",
    step: "Stap",
    rule: "Richtlijn",
    done: (who: string, date: string) => `✅ Klaar gemeld door ${who} op ${date}.`,
    extended: (who: string, date: string) => `🕒 ${who} heeft meer tijd gegeven: nu uiterlijk ${date}.`,
    handedOver: (who: string, to: string) => `↪️ ${who} heeft de termijn overgedragen aan ${to}.`,
    closed: "Deze termijn is gesloten.",
  },
  list: {
    header: "Mijn termijnen",
    summary: (open: number) => (open === 1 ? "Je hebt 1 open termijn" : `Je hebt ${open} open termijnen`),
    empty: "Je hebt geen open termijnen. 🎉",
    item: (item: string, subject: string, due: string) => `*${item}*\n${subject} · uiterlijk ${due}`,
    overdue: "⚠️ te laat",
    more: (n: number) => (n === 1 ? "En nog 1 termijn." : `En nog ${n} termijnen.`),
  },
  overview: {
    header: "Overzicht van het team",
    summary: (open: number) =>
      open === 1 ? "Het team heeft 1 open zaak" : `Het team heeft ${open} open zaken`,
    empty: "Het team heeft geen open zaken.",
    noItems: "Deze zaak heeft geen open termijnen.",
    item: (item: string, due: string) => `${item} · uiterlijk ${due}`,
    more: (n: number) => (n === 1 ? "En nog 1 zaak." : `En nog ${n} zaken.`),
  },
  buttons: {
    done: "Klaar",
    extend: "Meer tijd",
    handOver: "Overdragen",
  },
  steps: {
    prevention: "Preventie",
    signal: "Signalering",
    actie1: "Actie 1",
    actie2: "Actie 2",
    actie3: "Actie 3",
    actie4: "Actie 4",
    actie5: "Actie 5",
    actie6: "Actie 6",
    afterEviction: "Na ontruiming",
    closure: "Afsluiting",
    cooperation: "Samenwerking",
  } satisfies Record<GuidelineStep, string>,
  roles: {
    careTeamMember: "begeleider",
    coordinator: "coördinator",
    landlordStaff: "medewerker verhuurder",
    partner: "partner",
    admin: "beheerder",
  } satisfies Record<Role, string>,
  forms: {
    extendTitle: "Meer tijd",
    extendSubmit: "Opslaan",
    newDue: "Nieuwe uiterlijke datum en tijd",
    newDueHint: (current: string) => `Nu uiterlijk ${current}. Kies een later moment.`,
    reason: "Reden",
    reasonHint: "Zichtbaar voor alle partijen in het kanaal: geen zorginhoudelijke details.",
    handOverTitle: "Termijn overdragen",
    handOverSubmit: "Overdragen",
    newOwner: "Nieuwe eigenaar",
    note: "Toelichting (optioneel)",
    required: "Dit veld is verplicht.",
    invalidDate: "Vul een geldige datum en tijd in.",
    notInFuture: "Kies een moment in de toekomst.",
    notLater: (current: string) => `Kies een moment na de huidige termijn (${current}).`,
    invalidOption: "Kies een van de opties.",
    sameOwner: "Kies iemand anders dan de huidige eigenaar.",
    tooLong: (max: number, label?: string) =>
      label ? `Het veld '${label}' is te lang: maximaal ${max} tekens.` : `Maximaal ${max} tekens.`,
  },
  errors: {
    "deadline.closed": () => "Deze termijn is al afgerond of vervallen.",
    "deadline.reasonRequired": () => "Geef een reden op voor meer tijd.",
    "deadline.invalidDate": () => "Dat is geen geldige datum en tijd.",
    "deadline.notLater": () => "Meer tijd betekent een later moment dan de huidige termijn.",
    "deadline.notInFuture": () => "De nieuwe termijn moet in de toekomst liggen.",
    "deadline.newOwnerRequired": () => "Kies aan wie je de termijn overdraagt.",
    "deadline.sameOwner": () => "Deze persoon is al eigenaar van de termijn.",
    "deadline.alreadyOpen": () => "Deze termijn staat al open.",
    "deadline.cancelled": () => "Deze termijn is vervallen en kan hier niet heropend worden.",
  } satisfies Record<DeadlineErrorCode, (p: Params) => string>,
};

export type DeadlineTexts = typeof nl;

const en: DeadlineTexts = {
  items: {
    start: "Start the case and tell the landlord how the team will handle it (step 1)",
    fourWeeks: "Four-week check: ask the landlord whether there are new complaints",
    sixWeeks: "Six-week follow-up: have the complaints stopped?",
    resolution: "Nuisance resolved within 3 months",
    reflection: "Reflection and evaluation meeting after the eviction",
    onboarding: "Onboarding",
    signalAcknowledge: (kind) => `${kind}: confirm receipt (within 48 hours)`,
    signalFollowUp: (kind) => `${kind}: follow up`,
    cooperation: "Yearly cooperation meeting",
    other: "Deadline",
    careOnly: "A task of the care team",
  },
  stages: {
    headsUp: {
      header: (subject) => `⏰ Deadline approaching — ${subject}`,
      summary: (subject, due) => `Reminder ${subject}: due ${due}`,
      intro:
        "This deadline is coming up. Finished? Report it with *Done*. If it can't be done in time, ask for *More time* or hand it over.",
    },
    due: {
      header: (subject) => `⏰ Deadline is due now — ${subject}`,
      summary: (subject, due) => `Deadline ${subject} is due now (${due})`,
      intro:
        "The deadline has been reached. Report it with *Done* when it is done, or ask for *More time* with a reason.",
    },
    overdue: {
      header: (subject) => `⚠️ Deadline passed — ${subject}`,
      summary: (subject, due) => `Deadline ${subject} passed (${due})`,
      intro: "The deadline has passed. The coordinator and the landlord's contact person have been informed.",
    },
  },
  card: {
    due: "Due",
    owner: "Owner",
    step: "Step",
    rule: "Guideline",
    done: (who, date) => `✅ Reported done by ${who} on ${date}.`,
    extended: (who, date) => `🕒 ${who} gave more time: now due ${date}.`,
    handedOver: (who, to) => `↪️ ${who} handed the deadline over to ${to}.`,
    closed: "This deadline is closed.",
  },
  list: {
    header: "My deadlines",
    summary: (open) => (open === 1 ? "You have 1 open deadline" : `You have ${open} open deadlines`),
    empty: "You have no open deadlines. 🎉",
    item: (item, subject, due) => `*${item}*\n${subject} · due ${due}`,
    overdue: "⚠️ overdue",
    more: (n) => (n === 1 ? "And 1 more deadline." : `And ${n} more deadlines.`),
  },
  overview: {
    header: "Team overview",
    summary: (open) => (open === 1 ? "The team has 1 open case" : `The team has ${open} open cases`),
    empty: "The team has no open cases.",
    noItems: "This case has no open deadlines.",
    item: (item, due) => `${item} · due ${due}`,
    more: (n) => (n === 1 ? "And 1 more case." : `And ${n} more cases.`),
  },
  buttons: {
    done: "Done",
    extend: "More time",
    handOver: "Hand over",
  },
  steps: {
    prevention: "Prevention",
    signal: "Signals",
    actie1: "Actie 1",
    actie2: "Actie 2",
    actie3: "Actie 3",
    actie4: "Actie 4",
    actie5: "Actie 5",
    actie6: "Actie 6",
    afterEviction: "After eviction",
    closure: "Closure",
    cooperation: "Cooperation",
  },
  roles: {
    careTeamMember: "support worker",
    coordinator: "coordinator",
    landlordStaff: "landlord staff",
    partner: "partner",
    admin: "administrator",
  },
  forms: {
    extendTitle: "More time",
    extendSubmit: "Save",
    newDue: "New due date and time",
    newDueHint: (current) => `Currently due ${current}. Choose a later moment.`,
    reason: "Reason",
    reasonHint: "Visible to all parties in the channel: no care details.",
    handOverTitle: "Hand over deadline",
    handOverSubmit: "Hand over",
    newOwner: "New owner",
    note: "Note (optional)",
    required: "This field is required.",
    invalidDate: "Enter a valid date and time.",
    notInFuture: "Choose a moment in the future.",
    notLater: (current) => `Choose a moment after the current deadline (${current}).`,
    invalidOption: "Choose one of the options.",
    sameOwner: "Choose someone other than the current owner.",
    tooLong: (max, label) =>
      label ? `The field '${label}' is too long: at most ${max} characters.` : `At most ${max} characters.`,
  },
  errors: {
    "deadline.closed": () => "This deadline is already done or cancelled.",
    "deadline.reasonRequired": () => "Please give a reason for more time.",
    "deadline.invalidDate": () => "That is not a valid date and time.",
    "deadline.notLater": () => "More time means a later moment than the current deadline.",
    "deadline.notInFuture": () => "The new deadline must be in the future.",
    "deadline.newOwnerRequired": () => "Choose who to hand the deadline over to.",
    "deadline.sameOwner": () => "This person already owns the deadline.",
    "deadline.alreadyOpen": () => "This deadline is already open.",
    "deadline.cancelled": () => "This deadline was cancelled and cannot be reopened here.",
  },
};

export const DEADLINE_TEXTS: Record<Locale, DeadlineTexts> = { nl, en };

/** The user message of a refused deadline event (FlowError code + params). */
export function deadlineErrorMessage(code: DeadlineErrorCode, params: Params, locale: Locale): string {
  const message: (p: Params) => string = DEADLINE_TEXTS[locale].errors[code];
  return message(params);
}
