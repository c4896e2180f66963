/**
 * Draft texts of the landlord's letters, filled from the case: Actie 3 (waarschuwingsbrief),
 * Actie 4 (tweede officiële waarschuwingsbrief) and Actie 5 (aangetekende sommatiebrief, getekend
 * "voor gezien"). A draft is a starting point: landlord staff edit it before it is sent. What Nabuur
 * does not know (the participant's name, the letter's date) stays a visible "[placeholder]".
 * Pure: the date comes in through `fill`, never from a clock.
 */

import type { CaseState } from "../cases/state.ts";
import { uiTexts } from "../cases/texts/ui.ts";
import { formatLongDate } from "../format.ts";
import { LETTER_KIND_BY_STEP, type LetterKind, type LetterStep } from "../ladder/model.ts";
import type { Locale } from "../model.ts";
import { type LetterContext, letterTexts } from "./texts.ts";

/** What the service knows beyond the case state; anything missing stays a placeholder. */
export interface LetterFill {
  /** The letter's date. */
  date?: Date | string | null;
  participantName?: string | null;
  dwelling?: string | null;
  landlordName?: string | null;
  careProviderName?: string | null;
  senderName?: string | null;
}

export interface LetterDraft {
  step: LetterStep;
  kind: LetterKind;
  subject: string;
  /** The whole letter as plain text, ready to edit. */
  text: string;
  /** Actie 5: sent by registered mail (aangetekend). */
  registered: boolean;
  /** Actie 5: has the "voor gezien" signature lines. */
  signedForSeen: boolean;
  /** Placeholders left in the text, to fill in by hand. */
  placeholders: string[];
}

export type LetterCase = Pick<
  CaseState,
  "number" | "participant" | "complaints" | "priorCountingComplaints" | "ladder"
>;

const STEPS_WITH_COPIES: readonly LetterStep[] = ["actie4", "actie5"];

function given(value: string | null | undefined): string | null {
  const text = value?.trim() ?? "";
  return text === "" ? null : text;
}

/** The complaints the letter is about: the justified ones, else those not judged unjustified. */
function behaviourLines(state: LetterCase, locale: Locale): string[] {
  const t = letterTexts[locale];
  const considered = state.complaints.filter((c) => !c.wronglyAttributed);
  const justified = considered.filter((c) => c.justified === true);
  const chosen = justified.length > 0 ? justified : considered.filter((c) => c.justified !== false);
  if (chosen.length === 0) return [t.noBehaviour];
  return [...chosen]
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
    .map((c) =>
      t.behaviourLine(
        uiTexts[locale].complaintTypes[c.type],
        formatLongDate(c.occurredAt, locale),
        c.afterTen,
      ),
    );
}

function letterDate(state: LetterCase, step: "actie3" | "actie4", locale: Locale): string | null {
  const letter = state.ladder.letters.filter((l) => l.step === step).at(-1);
  return letter ? formatLongDate(letter.sentAt, locale) : null;
}

function letterContext(state: LetterCase, locale: Locale, fill: LetterFill = {}): LetterContext {
  const t = letterTexts[locale];
  const p = t.placeholders;
  const date = fill.date ? formatLongDate(new Date(fill.date).toISOString(), locale) : "";
  const leaseType = state.participant.leaseType;
  return {
    caseNumber: state.number,
    reference: state.participant.reference,
    date: date === "" ? p.date : date,
    participantName: given(fill.participantName) ?? p.participantName,
    dwelling: given(fill.dwelling) ?? p.dwelling,
    landlordName: given(fill.landlordName) ?? p.landlordName,
    careProviderName: given(fill.careProviderName) ?? p.careProviderName,
    senderName: given(fill.senderName) ?? p.senderName,
    behaviour: behaviourLines(state, locale),
    priorComplaints: state.priorCountingComplaints,
    leaseType,
    contract: t.contracts[leaseType],
    courtParty: t.courtParties[leaseType],
    earlierLetters: {
      actie3: letterDate(state, "actie3", locale) ?? p.earlierLetterDate,
      actie4: letterDate(state, "actie4", locale) ?? p.earlierLetterDate,
    },
  };
}

/** The draft of the letter of `step`, in `locale` (Dutch by default). */
export function draftLetter(
  state: LetterCase,
  step: LetterStep,
  locale: Locale = "nl",
  fill: LetterFill = {},
): LetterDraft {
  const t = letterTexts[locale];
  const c = letterContext(state, locale, fill);
  const summons = step === "actie5";
  const subject = t.subjects[step];
  const paragraphs = t.paragraphs[step](c);
  // The earlier justified complaints belong right after the list of this case's complaints.
  if (c.priorComplaints > 0) paragraphs.splice(2, 0, t.priorComplaints(c.priorComplaints));
  const blocks: string[] = [
    [...(summons ? [t.registered] : []), c.landlordName, c.date].join("\n"),
    `${t.to}: ${c.participantName}\n${c.dwelling}`,
    `${t.reference(c.caseNumber, c.reference)}\n${t.regarding}: ${subject}`,
    t.salutation(c.participantName),
    ...paragraphs,
    ...t.help(c),
    ...(STEPS_WITH_COPIES.includes(step) ? [t.copies(c)] : []),
    `${t.closing}\n\n${c.senderName}\n${c.landlordName}`,
    ...(summons ? [t.signedForSeen(c).join("\n")] : []),
  ];
  const text = `${blocks.join("\n\n")}\n`;
  const placeholders = [...Object.values(t.placeholders), t.noBehaviour.replace(/^- /, "")].filter(
    (placeholder) => text.includes(placeholder),
  );
  return {
    step,
    kind: LETTER_KIND_BY_STEP[step],
    subject,
    text,
    registered: summons,
    signedForSeen: summons,
    placeholders,
  };
}
