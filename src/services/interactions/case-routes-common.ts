/** Shared by the case's button and form routes: payload parsing, loading and deciding. */
import { cardForViewer } from "../../flows/cards/for-viewer.ts";
import { renderCard } from "../../flows/cards/render.ts";
import { caseSummarySpec } from "../../flows/cases/card-specs.ts";
import type { CaseEvent } from "../../flows/cases/events.ts";
import type { CaseState } from "../../flows/cases/state.ts";
import type { Audience } from "../../flows/model.ts";
import type { Permission } from "../../flows/policy/permission-names.ts";
import { may, requirePermission } from "../../flows/policy/permissions.ts";
import { loadCase, loadCaseByNumber } from "../../store/cases/case-repository.ts";
import { handleCaseEvent } from "../case-service.ts";
import { NotFoundError } from "../errors.ts";
import type { CaseForActor } from "../load-case-for.ts";
import { scopeOf } from "../scope.ts";
import { type Acting, done } from "./module.ts";
import { botTexts } from "./texts.ts";
import type { InteractionResult } from "./types.ts";

export type FormParse<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

export async function caseOf(acting: Acting, caseId: string): Promise<CaseState> {
  const loaded = await loadCase(acting.runtime.prisma, caseId);
  if (!loaded) throw new NotFoundError("case", caseId);
  return loaded.state;
}

/** Records one decision on the case; the cards update themselves through the outbox. */
export async function decide(acting: Acting, caseId: string, event: CaseEvent): Promise<InteractionResult> {
  await handleCaseEvent(acting.runtime, caseId, event);
  return done();
}

/** A form came back: field errors keep it open; otherwise record the event it describes. */
export async function submitted<T>(
  acting: Acting,
  caseId: string,
  parsed: FormParse<T>,
  toEvent: (value: T) => CaseEvent,
): Promise<InteractionResult> {
  if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
  return decide(acting, caseId, toEvent(parsed.value));
}

/**
 * A case summary for the person who asked, in their own view (SPEC §6): the care team's, the
 * landlord's, or — for partners and the technical admin — status and step only, as `/nabuur zaak`.
 */
export function summaryFor(acting: Acting, state: CaseState): InteractionResult {
  const role = acting.member.role;
  if (role === "partner" || role === "admin") {
    const t = botTexts(acting.locale);
    return done(
      `${state.participant.reference} — ${t.partnerSummary(state.number, state.status, state.step)}`,
    );
  }
  // Shown to this person only: the buttons their role may use on a case of this kind.
  const card = renderCard(
    caseSummarySpec(state, audienceOf(acting), acting.runtime.clock.now()),
    acting.locale,
  );
  return { type: "reply", card: cardForViewer(card, role, state.kind) };
}

function audienceOf(acting: Acting): Audience {
  return acting.member.role === "landlordStaff"
    ? "landlord"
    : acting.member.role === "partner"
      ? "shared"
      : "careTeam";
}

/**
 * `<command> <nr>`: the case with this number for the person acting, after the check that they may
 * do `permission` on it. Null when there is no such case or it belongs to other organisations (told
 * as "not found"); a role that may see the case but not do this is refused with who may.
 */
export async function caseByNumberFor(
  acting: Acting,
  numberText: string,
  permission: Permission,
): Promise<CaseForActor | null> {
  const number = Number.parseInt(numberText.replace(/^#/, ""), 10);
  const prisma = acting.runtime.prisma;
  const loaded = Number.isSafeInteger(number) ? await loadCaseByNumber(prisma, number) : null;
  const scope = loaded ? await scopeOf(prisma, loaded.state.participant) : null;
  if (!loaded || !scope || !may(acting.actor, "viewCase", scope)) return null;
  requirePermission(acting.actor, permission, scope);
  return { state: loaded.state, scope };
}
