/**
 * What a deadline is about, named for the person who reads it (Termijnen: every nudge and every
 * list names its item): the action's title, the checklist item's name, the signal, the check.
 * `careOnly` items are shown to landlord staff without their title (scheiding wonen en zorg).
 */
import { SIX_WEEK_FOLLOW_UP_KEY } from "../assessment/templates.ts";
import { COMPLAINANT_UPDATE_KEY } from "../cases/handlers/complainants.ts";
import { FOUR_WEEK_CHECK_KEY, RESOLUTION_DEADLINE_KEY, START_DEADLINE_KEY } from "../cases/open-case.ts";
import type { CaseState } from "../cases/state.ts";
import { actionLabel } from "../cases/texts/timeline-reader.ts";
import { REFLECTION_DEADLINE_KEY } from "../ladder/handlers/court.ts";
import { RETURN_HOME_KEY_PREFIX } from "../ladder/handlers/interventions.ts";
import type { Locale } from "../model.ts";
import { ONBOARDING_ITEM_KEYS, type OnboardingItemKey } from "../participants/model.ts";
import { PARTICIPANT_TEXTS } from "../participants/texts.ts";
import type { SignalState } from "../signals/model.ts";
import { FOLLOW_UP_DEADLINE_KEY } from "../signals/rules.ts";
import { SIGNAL_TEXTS } from "../signals/texts.ts";
import { DEADLINE_TEXTS } from "./texts.ts";

/** A deadline that opens a form of its own instead of "Klaar" (the check arrives as itself). */
export type DeadlineForm = "start" | "fourWeeks" | "sixWeeks";

export interface DeadlineItem {
  label: string;
  careOnly: boolean;
  form: DeadlineForm | null;
}

const ACTION_PREFIX = "action.";

export function caseDeadlineItem(state: CaseState, key: string, locale: Locale): DeadlineItem {
  const t = DEADLINE_TEXTS[locale].items;
  const deadline = state.deadlines.find((candidate) => candidate.key === key);
  const careOnly = deadline?.audience === "careTeam";
  switch (key) {
    case START_DEADLINE_KEY:
      return { label: t.start, careOnly, form: "start" };
    case FOUR_WEEK_CHECK_KEY:
      return { label: t.fourWeeks, careOnly, form: "fourWeeks" };
    case SIX_WEEK_FOLLOW_UP_KEY:
      return { label: t.sixWeeks, careOnly, form: "sixWeeks" };
    case RESOLUTION_DEADLINE_KEY:
      return { label: t.resolution, careOnly, form: null };
    case REFLECTION_DEADLINE_KEY:
      return { label: t.reflection, careOnly, form: null };
    case COMPLAINANT_UPDATE_KEY:
      return { label: t.complainantUpdate, careOnly, form: null };
  }
  // Interventie 2: care-only, so landlord staff never read what it is about.
  if (key.startsWith(RETURN_HOME_KEY_PREFIX)) return { label: t.returnHome, careOnly: true, form: null };
  const actionId =
    deadline?.actionId ?? (key.startsWith(ACTION_PREFIX) ? key.slice(ACTION_PREFIX.length) : null);
  const action = state.actions.find((candidate) => candidate.id === actionId);
  if (action) {
    return {
      label: actionLabel(action.code, action.text, locale),
      careOnly: careOnly || action.audience === "careTeam",
      form: null,
    };
  }
  return { label: t.other, careOnly, form: null };
}

export function participantDeadlineItem(key: string, locale: Locale): DeadlineItem {
  const itemKey = key.replace(/^onboarding\./, "");
  const known = (ONBOARDING_ITEM_KEYS as readonly string[]).includes(itemKey);
  const label = known
    ? PARTICIPANT_TEXTS[locale].items[itemKey as OnboardingItemKey].title
    : DEADLINE_TEXTS[locale].items.other;
  return { label: `${DEADLINE_TEXTS[locale].items.onboarding}: ${label}`, careOnly: false, form: null };
}

export function signalDeadlineItem(signal: SignalState, key: string, locale: Locale): DeadlineItem {
  const t = DEADLINE_TEXTS[locale].items;
  const kind = SIGNAL_TEXTS[locale].kinds[signal.kind];
  return {
    label: key === FOLLOW_UP_DEADLINE_KEY ? t.signalFollowUp(kind) : t.signalAcknowledge(kind),
    careOnly: false,
    form: null,
  };
}

export function cooperationDeadlineItem(locale: Locale): DeadlineItem {
  return { label: DEADLINE_TEXTS[locale].items.cooperation, careOnly: false, form: null };
}
