/**
 * A card as one person sees it on a private surface (a DM, App Home / the Teams personal home
 * card, an answer only they see): only the buttons their role may use. A shared channel keeps every
 * button, because several roles read it; a click there by someone who may not is refused by the
 * route guard with a message naming who may (src/services/interactions/route-guard.ts).
 *
 * Which roles may use a button comes from its step's declaration (src/flows/steps), through the
 * one permission table: the same source the guard checks on click.
 */
import { isCaseCardSpec } from "../cases/cards.ts";
import type { CaseKind } from "../cases/state.ts";
import type { Role } from "../model.ts";
import type { Permission } from "../policy/permission-names.ts";
import { PERMISSION_ROLES, permissionOnCase, routeById } from "../steps/registry.ts";
import type { Card, CardBlock, CardButton } from "./card.ts";
import type { CardSpec } from "./spec.ts";

function allows(permission: Permission, role: Role): boolean {
  return PERMISSION_ROLES[permission].includes(role);
}

/**
 * Whether this role may use the button. A button no step declares stays: hiding is for display
 * only, the guard still checks every click. When the case's kind is not known, a permission that
 * differs on a participant's own report (Actie 1: landlord staff pick up such a report) counts
 * either way, so nobody loses a button they may use.
 */
function mayUse(button: CardButton, role: Role, caseKind: CaseKind | undefined): boolean {
  const route = routeById(button.actionId);
  if (!route) return true;
  if (caseKind) return allows(permissionOnCase(route.permission, caseKind), role);
  return (
    allows(route.permission, role) || allows(permissionOnCase(route.permission, "participantReport"), role)
  );
}

/**
 * The card with only the buttons `role` may use; an actions block left without buttons is
 * dropped. `caseKind` is the kind of the case the card is about, when it is about one.
 */
export function cardForViewer(card: Card, role: Role, caseKind?: CaseKind): Card {
  const blocks: CardBlock[] = [];
  for (const block of card.blocks) {
    if (block.type !== "actions") {
      blocks.push(block);
      continue;
    }
    const buttons = block.buttons.filter((button) => mayUse(button, role, caseKind));
    if (buttons.length > 0) blocks.push({ ...block, buttons });
  }
  return { ...card, blocks };
}

/**
 * The kind of the case a card spec is about, when the spec says so: the overview cards by their
 * own kind, the others that carry it by `caseKind`. Undefined for every other card.
 */
export function caseKindOfSpec(spec: CardSpec): CaseKind | undefined {
  if (!isCaseCardSpec(spec)) return undefined;
  if (spec.kind === "case.card") return "nuisance";
  if (spec.kind === "case.participantReportCard") return "participantReport";
  return "caseKind" in spec ? spec.caseKind : undefined;
}
