/** Reads a timeline entry's scalar details and turns codes in them into words. */
import { assessmentTexts } from "../../assessment/texts.ts";
import type { TimelineDetails } from "../../effects.ts";
import { formatDateTime } from "../../format.ts";
import { ladderTexts } from "../../ladder/texts.ts";
import type { Locale } from "../../model.ts";
import { uiTexts } from "./ui.ts";

function lookup<T extends Record<string, unknown>>(table: T, key: string): T[keyof T] | undefined {
  return Object.hasOwn(table, key) ? table[key as keyof T] : undefined;
}

export class DetailReader {
  constructor(
    private readonly details: TimelineDetails,
    readonly locale: Locale,
  ) {}

  s(key: string): string {
    const value = this.details[key];
    return value === null || value === undefined ? "" : String(value);
  }

  b(key: string): boolean {
    return this.details[key] === true;
  }

  n(key: string): number {
    const value = this.details[key];
    return typeof value === "number" ? value : Number(value ?? 0);
  }

  yesNo(key: string): string {
    const ui = uiTexts[this.locale];
    return this.b(key) ? ui.yes : ui.no;
  }

  date(key: string): string {
    return formatDateTime(this.s(key), this.locale);
  }

  /** Text of an optional free-text detail, prefixed; "" when empty. */
  note(key: string, prefix = ": "): string {
    const value = this.s(key).trim();
    return value === "" ? "" : `${prefix}${value}`;
  }

  complaintType(key = "complaintType"): string {
    return lookup(uiTexts[this.locale].complaintTypes, this.s(key)) ?? this.s(key);
  }

  step(key = "step"): string {
    const value = this.s(key);
    return (
      lookup(ladderTexts[this.locale].steps, value) ?? lookup(uiTexts[this.locale].steps, value) ?? value
    );
  }

  role(key = "ownerRole"): string {
    return lookup(uiTexts[this.locale].roles, this.s(key)) ?? this.s(key);
  }

  closeReason(key = "reason"): string {
    return lookup(uiTexts[this.locale].closeReasons, this.s(key)) ?? this.s(key);
  }

  /** The action's own text when a person set one, else the guideline's text for its code. */
  action(): string {
    const text = this.s("text");
    if (text !== "") return text;
    return actionLabel(this.s("actionCode"), null, this.locale);
  }

  /** An Actie 2 answer: the question and the chosen option. */
  answer(): string {
    const texts = assessmentTexts[this.locale];
    const question = this.s("question");
    const value = this.details.value;
    const label =
      value === "conscious"
        ? texts.conscious
        : value === "unconscious"
          ? texts.unconscious
          : question === "justifiedByParticipant"
            ? value === true
              ? texts.justifiedByParticipant
              : texts.unjustifiedByParticipant
            : value === true
              ? texts.justifiedByWorker
              : texts.unjustifiedByWorker;
    return `${lookup(texts.questions, question) ?? question}: ${label}`;
  }

  /** A comma-separated list of Nabuur's derived rules, in words. */
  derivedRules(key = "derivedRules"): string {
    const rules = assessmentTexts[this.locale].derivedRules;
    return this.list(key)
      .map((id) => lookup(rules, id) ?? id)
      .join("; ");
  }

  /** A comma-separated list of precondition ids, in words. */
  preconditions(key = "unmetPreconditions"): string {
    const names = ladderTexts[this.locale].preconditionNames;
    return this.list(key)
      .map((id) => lookup(names, id) ?? id)
      .join(", ");
  }

  list(key: string): string[] {
    return this.s(key)
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
  }

  row(): string {
    return lookup(assessmentTexts[this.locale].rows, this.s("row")) ?? this.s("row");
  }

  ladder() {
    return ladderTexts[this.locale];
  }

  ui() {
    return uiTexts[this.locale];
  }

  lookup<T extends Record<string, unknown>>(table: T, key: string): string {
    const value = lookup(table, this.s(key));
    return typeof value === "string" ? value : this.s(key);
  }
}

/** The text of an action: a person's own text, else the guideline's text for its code. */
export function actionLabel(code: string, text: string | null, locale: Locale): string {
  if (text !== null && text.trim() !== "") return text;
  return lookup(assessmentTexts[locale].actions, code) ?? lookup(ladderTexts[locale].actions, code) ?? code;
}
