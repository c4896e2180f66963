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
  header: (item: string) => string;
  summary: (item: string, subject: string, due: string) => string;
  /** What to do, for an item closed with "Klaar". */
  intro: (subject: string, due: string) => string;
  /** What to do, for an item with a form of its own (Actie 1's start, a check). */
  introForm: (subject: string, due: string) => string;
}

const nl = {
  items: {
    start: "Zaak starten en de verhuurder laten weten hoe het team het aanpakt (Actie 1)",
    fourWeeks: "Controle na 4 weken: navragen bij de verhuurder of er nieuwe klachten zijn",
    sixWeeks: "Navraag na 6 weken: zijn de klachten gestopt?",
    resolution: "Overlast verholpen binnen 3 maanden",
    reflection: "Reflectie- en evaluatiebijeenkomst na de ontruiming",
    complainantUpdate: "De klagers bijpraten: laten merken dat aan de overlast wordt gewerkt",
    returnHome: "Terugkeer naar de eigen woning na de time-out plannen en vastleggen",
    onboarding: "Startlijst",
    signalAcknowledge: (kind: string) => `${kind}: ontvangst bevestigen (binnen 48 uur)`,
    signalFollowUp: (kind: string) => `${kind}: opvolgen`,
    cooperation: "Jaarlijkse samenwerkingsbijeenkomst",
    other: "Termijn",
    careOnly: "Taak van het zorgteam",
  },
  stages: {
    headsUp: {
      header: (item: string) => `⏰ Binnenkort: ${item}`,
      summary: (item: string, subject: string, due: string) =>
        `Binnenkort: ${item} (${subject}), uiterlijk ${due}`,
      intro: (subject: string, due: string) =>
        `Dit moet uiterlijk ${due} klaar zijn voor ${subject}. Is het gedaan? Meld het met *Afgerond*. Lukt het niet op tijd, vraag dan *Meer tijd* met een reden of draag het over.`,
      introForm: (subject: string, due: string) =>
        `Dit moet uiterlijk ${due} gebeuren voor ${subject}. Open het formulier met de knop hieronder. Lukt het niet op tijd, vraag dan *Meer tijd* met een reden.`,
    },
    due: {
      header: (item: string) => `⏰ Nu aan de beurt: ${item}`,
      summary: (item: string, subject: string, due: string) =>
        `Nu aan de beurt: ${item} (${subject}), uiterlijk ${due}`,
      intro: (subject: string, due: string) =>
        `Dit moet nu klaar zijn voor ${subject} (uiterlijk ${due}). Is het gedaan? Meld het met *Afgerond*. Lukt het niet, vraag dan *Meer tijd* met een reden of draag het over.`,
      introForm: (subject: string, due: string) =>
        `Dit is nu aan de beurt voor ${subject} (uiterlijk ${due}). Open het formulier met de knop hieronder. Lukt het niet, vraag dan *Meer tijd* met een reden.`,
    },
    overdue: {
      header: (item: string) => `⚠️ Over de termijn: ${item}`,
      summary: (item: string, subject: string, due: string) =>
        `Over de termijn: ${item} (${subject}), was uiterlijk ${due}`,
      intro: (subject: string, due: string) =>
        `Dit had uiterlijk ${due} klaar moeten zijn voor ${subject}. Meld het met *Afgerond* als het gedaan is, of vraag *Meer tijd* met een reden.`,
      introForm: (subject: string, due: string) =>
        `Dit had uiterlijk ${due} moeten gebeuren voor ${subject}. Open het formulier met de knop hieronder, of vraag *Meer tijd* met een reden.`,
    },
  } satisfies Record<NudgeStage, StageTexts>,
  card: {
    due: "Uiterlijk",
    owner: "Eigenaar",
    step: "Stap",
    rule: "Richtlijn",
    done: (who: string, date: string) => `✅ Afgerond gemeld door ${who} op ${date}.`,
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
    done: "Afgerond",
    extend: "Meer tijd",
    handOver: "Overdragen",
    start: "Zaak starten",
    check: "Controle invullen",
  },
  digest: {
    header: "Vandaag voor jou",
    summary: (n: number) => (n === 1 ? "Vandaag voor jou: 1 taak" : `Vandaag voor jou: ${n} taken`),
    intro: "Goedemorgen. Dit staat vandaag voor je klaar, wat te laat is eerst.",
    item: (item: string, subject: string, due: string) => `*${item}*\n${subject} · uiterlijk ${due}`,
    overdue: "⚠️ te laat",
    othersHeader: "Te laat bij anderen",
    othersIntro: "Ter informatie: deze taken bij jouw zaken en deelnemers zijn over de termijn.",
    otherItem: (item: string, subject: string, owner: string, due: string) =>
      `*${item}*\n${subject} · van ${owner} · was uiterlijk ${due}`,
    more: (n: number) => (n === 1 ? "En nog 1 taak." : `En nog ${n} taken.`),
  },
  overdueSummary: {
    header: (subject: string) => `⚠️ Over de termijn — ${subject}`,
    summary: (subject: string, n: number) =>
      n === 1 ? `${subject}: 1 taak is over de termijn` : `${subject}: ${n} taken zijn over de termijn`,
    item: (item: string, owner: string, due: string) => `• *${item}* — ${owner}, was uiterlijk ${due}`,
    context:
      "Wie een taak heeft, ziet die ook in het eigen dagoverzicht; de coördinator en de contactpersoon van de verhuurder zijn op de hoogte.",
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
    note: "Toelichting",
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
    complainantUpdate: "Update the complainants: let them notice the nuisance is being worked on",
    returnHome: "Plan and record the return home after the time-out",
    onboarding: "Onboarding",
    signalAcknowledge: (kind) => `${kind}: confirm receipt (within 48 hours)`,
    signalFollowUp: (kind) => `${kind}: follow up`,
    cooperation: "Yearly cooperation meeting",
    other: "Deadline",
    careOnly: "A task of the care team",
  },
  stages: {
    headsUp: {
      header: (item) => `⏰ Coming up: ${item}`,
      summary: (item, subject, due) => `Coming up: ${item} (${subject}), due ${due}`,
      intro: (subject, due) =>
        `This is due ${due} for ${subject}. Finished? Report it with *Done*. If it can't be done in time, ask for *More time* with a reason or hand it over.`,
      introForm: (subject, due) =>
        `This is due ${due} for ${subject}. Open the form with the button below. If it can't be done in time, ask for *More time* with a reason.`,
    },
    due: {
      header: (item) => `⏰ Due now: ${item}`,
      summary: (item, subject, due) => `Due now: ${item} (${subject}), due ${due}`,
      intro: (subject, due) =>
        `This is due now for ${subject} (${due}). Finished? Report it with *Done*. If not, ask for *More time* with a reason or hand it over.`,
      introForm: (subject, due) =>
        `This is due now for ${subject} (${due}). Open the form with the button below, or ask for *More time* with a reason.`,
    },
    overdue: {
      header: (item) => `⚠️ Overdue: ${item}`,
      summary: (item, subject, due) => `Overdue: ${item} (${subject}), was due ${due}`,
      intro: (subject, due) =>
        `This was due ${due} for ${subject}. Report it with *Done* when it is done, or ask for *More time* with a reason.`,
      introForm: (subject, due) =>
        `This was due ${due} for ${subject}. Open the form with the button below, or ask for *More time* with a reason.`,
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
    start: "Start the case",
    check: "Fill in the check",
  },
  digest: {
    header: "Today for you",
    summary: (n) => (n === 1 ? "Today for you: 1 task" : `Today for you: ${n} tasks`),
    intro: "Good morning. This is waiting for you today, overdue first.",
    item: (item, subject, due) => `*${item}*\n${subject} · due ${due}`,
    overdue: "⚠️ overdue",
    othersHeader: "Overdue with others",
    othersIntro: "For your information: these tasks on your cases and participants are overdue.",
    otherItem: (item, subject, owner, due) => `*${item}*\n${subject} · of ${owner} · was due ${due}`,
    more: (n) => (n === 1 ? "And 1 more task." : `And ${n} more tasks.`),
  },
  overdueSummary: {
    header: (subject) => `⚠️ Overdue — ${subject}`,
    summary: (subject, n) =>
      n === 1 ? `${subject}: 1 task is overdue` : `${subject}: ${n} tasks are overdue`,
    item: (item, owner, due) => `• *${item}* — ${owner}, was due ${due}`,
    context:
      "Whoever has a task also sees it in their own daily overview; the coordinator and the landlord's contact person know.",
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
    note: "Note",
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
