/**
 * User-visible texts of the policy module: why something is not allowed, and the names of roles
 * and actions used in those messages. Dutch is the default; English has exactly the same keys.
 */
import type { Locale, Role } from "../model.ts";
import type { DenialReason } from "./permissions.ts";

export interface PolicyTexts {
  /**
   * `{role}` is the person's role, `{action}` what the step module says the action does, and
   * `{allowed}` the roles that may (one list: "de begeleider of de coördinator").
   */
  denials: Record<DenialReason, string>;
  roles: Record<Role, string>;
  /** A role as one person who may: "Alleen de begeleider … kan …". */
  who: Record<Role, string>;
}

const nl: PolicyTexts = {
  denials: {
    outsideScope: "Je organisatie hoort niet bij deze zaak, dus dit kan niet: {action}.",
    roleNotAllowed: "Alleen {allowed} kan {action}.",
    organisationMismatch:
      "Je rol ({role}) past niet bij je organisatie in deze zaak, dus dit kan niet: {action}.",
  },
  roles: {
    careTeamMember: "teamlid zorgaanbieder",
    coordinator: "coördinator zorgaanbieder",
    landlordStaff: "medewerker verhuurder",
    partner: "partner (gemeente, politie)",
    admin: "beheerder",
  },
  who: {
    careTeamMember: "de begeleider",
    coordinator: "de coördinator",
    landlordStaff: "de medewerker van de verhuurder",
    partner: "een partner (gemeente, politie)",
    admin: "de beheerder",
  },
};

const en: PolicyTexts = {
  denials: {
    outsideScope: "Your organisation is not part of this case, so you cannot {action}.",
    roleNotAllowed: "Only {allowed} can {action}.",
    organisationMismatch:
      "Your role ({role}) does not match your organisation in this case, so you cannot {action}.",
  },
  roles: {
    careTeamMember: "care team member",
    coordinator: "care coordinator",
    landlordStaff: "landlord staff",
    partner: "partner (municipality, police)",
    admin: "admin",
  },
  who: {
    careTeamMember: "the support worker",
    coordinator: "the coordinator",
    landlordStaff: "the landlord's staff",
    partner: "a partner (municipality, police)",
    admin: "the admin",
  },
};

export const POLICY_TEXTS: Record<Locale, PolicyTexts> = { nl, en };
