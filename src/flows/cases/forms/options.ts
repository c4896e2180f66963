/** Select options of the case forms: yes/no, the roles that own an action, and label limits. */
import type { FormField } from "../../cards/card.ts";
import { truncate } from "../../format.ts";
import type { Locale, Role } from "../../model.ts";
import { uiTexts } from "../texts/ui.ts";

export function yesNoOptions(locale: Locale) {
  const ui = uiTexts[locale];
  return [
    { value: "yes", label: ui.yes },
    { value: "no", label: ui.no },
  ];
}

/** Roles that can own a case action. */
export const OWNER_ROLES = [
  "careTeamMember",
  "coordinator",
  "landlordStaff",
] as const satisfies readonly Role[];

export function roleOptions(locale: Locale) {
  return OWNER_ROLES.map((role) => ({ value: role, label: uiTexts[locale].roles[role] }));
}

/** Select options within the platforms' 75-character label limit. */
export function options(list: { value: string; label: string }[]): FormField["options"] {
  return list.map((o) => ({ value: o.value, label: truncate(o.label, 75) }));
}
