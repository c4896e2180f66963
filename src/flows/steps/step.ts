/**
 * The shape of a step module: one guideline step (Actie 2, Interventie 1–4, Signalering, …) with
 * everything a person meets of it — its buttons and forms (ids and zod payloads), who may take each
 * of its actions, the case events it decides, its deadlines, its texts and its row of the guideline
 * map. The registry (registry.ts) combines the modules; the chat core routes each button and form
 * to the step's routes (src/services/interactions/routes/<step>.ts), typed by the declaration here.
 */
import type { z } from "zod";
import type { CaseEventType } from "../cases/events.ts";
import type { DeadlineRule } from "../context.ts";
import type { Locale, Role } from "../model.ts";
import type { Permission } from "../policy/permission-names.ts";

/** A text in every language Nabuur speaks; a missing translation does not compile. */
type Texts = Readonly<Record<Locale, string>>;

/**
 * What a button value or form metadata names: a case (`c`), a participant (`p`), a signal (`s`), a
 * deadline (`d`), a cooperation of a care provider and a landlord (`c` of a cooperation card), or nothing (a new complaint, participant or signal: the service checks the
 * organisations of what is submitted).
 */
export type RouteSubject = "case" | "participant" | "signal" | "deadline" | "cooperation" | "none";

/**
 * One action a person takes in this step and who may take it. `does` completes the refusal
 * "Alleen de begeleider of de coördinator kan …" (nl) / "Only … can …" (en).
 */
export interface PermissionDeclaration {
  roles: readonly Role[];
  does: Texts;
}

/** A button of the step: its id, the payload it carries and the permission it needs. */
export interface ButtonDeclaration<S extends z.ZodType = z.ZodType> {
  id: string;
  payload: S;
  permission: Permission;
  subject: RouteSubject;
}

/** A form of the step: its id, the metadata it carries and the permission it needs to submit. */
export interface FormDeclaration<S extends z.ZodType = z.ZodType> {
  id: string;
  /** The form's metadata (what it is about); `null` for forms about something new. */
  metadata: S | null;
  permission: Permission;
  subject: RouteSubject;
}

/**
 * A sentence of the guideline this step carries out, quoted, and the test that proves it: the
 * test's name quotes the same sentence.
 */
interface GuidelineStatement {
  /** The guideline's own words (Dutch), as the test's name quotes them. */
  sentence: string;
  /** The test file that drives it through Slack and Teams. */
  test: string;
}

/** The step's row in docs/guideline.md: guideline text → what Nabuur does → code → tests. */
interface GuidelineRow {
  /** The guideline's own name of the step, e.g. "Actie 2 — wederhoor en beoordeling". */
  guideline: string;
  does: string;
  code: readonly string[];
  tests: readonly string[];
  /** Sentences of the guideline built in this step, each with its test. */
  statements?: readonly GuidelineStatement[];
}

export interface StepModule {
  /** The module's folder name, e.g. `actie2-assessment`. */
  id: string;
  /** The step's name as people read it in the chat. */
  title: Texts;
  guideline: GuidelineRow;
  /** The actions this step owns, each with who may take it: the one permission table is their union. */
  permissions: Partial<Record<Permission, PermissionDeclaration>>;
  buttons: Readonly<Record<string, ButtonDeclaration>>;
  forms: Readonly<Record<string, FormDeclaration>>;
  /** The case events this step decides, each with the permission it needs. */
  events: Partial<Record<CaseEventType, Permission>>;
  /**
   * Signalering: on a participant's own report (a participant-report case) some actions are taken
   * by other people than on a nuisance case; this maps such a permission to the one that applies.
   */
  onParticipantReport?: Partial<Record<Permission, Permission>>;
  /** The deadline rules this step sets. */
  deadlines: readonly DeadlineRule[];
  /** Lines of `/nabuur help` for this step (commands people type), if any. */
  help: Readonly<Record<Locale, readonly string[]>>;
}

/** Declares a step module, keeping the literal types of its buttons and forms for the routes. */
export function defineStep<const M extends StepModule>(module: M): M {
  return module;
}

/** The care team: support workers and their coordinator. */
export const CARE: readonly Role[] = ["careTeamMember", "coordinator"];
/** The care team and the landlord's staff: the shared steps. */
export const CARE_AND_LANDLORD: readonly Role[] = ["careTeamMember", "coordinator", "landlordStaff"];
/** The landlord's staff only. */
export const LANDLORD: readonly Role[] = ["landlordStaff"];
/** Everyone registered. */
export const EVERYONE: readonly Role[] = [
  "careTeamMember",
  "coordinator",
  "landlordStaff",
  "partner",
  "admin",
];
