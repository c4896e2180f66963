/**
 * User-visible texts of the calendar module: one short description per deadline rule and the
 * period units it is expressed in. Dutch is the default; English has exactly the same keys.
 */
import type { DeadlineRule } from "../context.ts";
import type { Locale } from "../model.ts";

/** Units a period is shown in; `{n}` is replaced by the amount. */
export type PeriodLabel = "hours" | "workingDays" | "days" | "weeks" | "months";

export interface CalendarTexts {
  /** `{period}` is replaced by the formatted period, e.g. "1 werkdag". */
  rules: Record<DeadlineRule, string>;
  periods: Record<PeriodLabel, { one: string; other: string }>;
}

const nl: CalendarTexts = {
  rules: {
    "guideline.actie1.passToTeam": "Actie 1: verhuurder geeft de klacht binnen {period} door aan het team",
    "guideline.actie1.startAndReport": "Actie 1: binnen {period} starten en terugkoppelen",
    "guideline.signal.share48h": "Signalering: signaal binnen {period} aan elkaar doorgeven",
    "guideline.check.fourWeeks":
      "Na {period} bij verhuurder, meldpunt overlast en wijkagent checken op nieuwe meldingen",
    "guideline.followUp.sixWeeks":
      "Actie 2: na {period} bij de verhuurder navragen of de klachten verholpen zijn",
    "guideline.resolution.threeMonths": "Termijnen: overlast binnen {period} verholpen",
    "team.assessment.hearing": "Teamafspraak: wederhoor en beoordeling binnen {period}",
    "team.action.default": "Teamafspraak: afgesproken actie binnen {period} uitvoeren",
    "team.letter.discuss": "Teamafspraak: brief binnen {period} met de deelnemer bespreken",
    "team.legalAdvice": "Teamafspraak: juridisch advies binnen {period} aanvragen",
    "team.onboarding.item": "Preventie: stap van de startlijst binnen {period} afronden",
    "team.reflection.meeting": "Na ontruiming: reflectie- en evaluatiebijeenkomst binnen {period}",
    "team.cooperation.yearly": "Samenwerkingsoverleg van alle partijen, elke {period}",
    "team.complainant.update":
      "Teamafspraak: de klagers elke {period} laten merken dat aan de overlast wordt gewerkt",
    "team.timeOut.return":
      "Interventie 2: terugkeer naar de eigen woning binnen {period} na de time-out plannen",
    "team.advocacy.housing":
      "Na ontruiming: binnen {period} een stap zetten als pleitbezorger voor alternatieve huisvesting",
  },
  periods: {
    hours: { one: "{n} uur", other: "{n} uur" },
    workingDays: { one: "{n} werkdag", other: "{n} werkdagen" },
    days: { one: "{n} dag", other: "{n} dagen" },
    weeks: { one: "{n} week", other: "{n} weken" },
    months: { one: "{n} maand", other: "{n} maanden" },
  },
};

const en: CalendarTexts = {
  rules: {
    "guideline.actie1.passToTeam": "Actie 1: the landlord passes the complaint to the team within {period}",
    "guideline.actie1.startAndReport": "Actie 1: start and report back within {period}",
    "guideline.signal.share48h": "Signals: pass the signal on to each other within {period}",
    "guideline.check.fourWeeks":
      "After {period}, check with the landlord, nuisance hotline and community police officer for new complaints",
    "guideline.followUp.sixWeeks":
      "Actie 2: after {period}, ask the landlord whether the complaints have stopped",
    "guideline.resolution.threeMonths": "Deadlines: nuisance resolved within {period}",
    "team.assessment.hearing": "Team agreement: hearing and assessment within {period}",
    "team.action.default": "Team agreement: carry out the agreed action within {period}",
    "team.letter.discuss": "Team agreement: discuss the letter with the participant within {period}",
    "team.legalAdvice": "Team agreement: request legal advice within {period}",
    "team.onboarding.item": "Prevention: complete the onboarding step within {period}",
    "team.reflection.meeting": "After eviction: reflection and evaluation meeting within {period}",
    "team.cooperation.yearly": "Cooperation meeting of all parties, every {period}",
    "team.complainant.update":
      "Team agreement: let the complainants notice every {period} that the nuisance is being worked on",
    "team.timeOut.return": "Interventie 2: plan the return home within {period} of the time-out",
    "team.advocacy.housing":
      "After eviction: take a step as advocate for alternative housing within {period}",
  },
  periods: {
    hours: { one: "{n} hour", other: "{n} hours" },
    workingDays: { one: "{n} working day", other: "{n} working days" },
    days: { one: "{n} day", other: "{n} days" },
    weeks: { one: "{n} week", other: "{n} weeks" },
    months: { one: "{n} month", other: "{n} months" },
  },
};

export const CALENDAR_TEXTS: Record<Locale, CalendarTexts> = { nl, en };
