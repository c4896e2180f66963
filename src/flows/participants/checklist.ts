/**
 * The onboarding checklist: the guideline's eight prevention steps, who owns each one and how an
 * item maps to a deadline row.
 */
import type { Role } from "../model.ts";
import type {
  OnboardingItem,
  OnboardingItemKey,
  OnboardingOwner,
  ParticipantDetails,
  ParticipantState,
} from "./model.ts";
import { ONBOARDING_ITEM_KEYS } from "./model.ts";

export interface OnboardingItemDefinition {
  key: OnboardingItemKey;
  /** The number of the step in the guideline's Preventie list. */
  guidelineNumber: number;
  owner: OnboardingOwner;
}

/** Owner per item, as the guideline assigns the work. */
export const ONBOARDING_ITEMS: Record<OnboardingItemKey, OnboardingItemDefinition> = {
  // Preventie 1: role agreements between landlord and care provider; the team's coordinator leads.
  roleAgreements: { key: "roleAgreements", guidelineNumber: 1, owner: "coordinator" },
  // Preventie 2: the landlord, expert of its housing stock, makes the allocation fit the participant's
  // wishes and risk places that the team gathered.
  matching: { key: "matching", guidelineNumber: 2, owner: "landlord" },
  // Preventie 3: the team visits the dwelling with the candidate and delivers the documents.
  viewingAndDocuments: { key: "viewingAndDocuments", guidelineNumber: 3, owner: "careTeam" },
  // Preventie 4: the team organises a festive key handover and invites the landlord.
  keyHandover: { key: "keyHandover", guidelineNumber: 4, owner: "careTeam" },
  // Preventie 5: the team and the participant make the home habitable quickly.
  habitableHome: { key: "habitableHome", guidelineNumber: 5, owner: "careTeam" },
  // Preventie 6: the team guides the introduction to the neighbours and the house rules.
  neighboursAndHouseRules: { key: "neighboursAndHouseRules", guidelineNumber: 6, owner: "careTeam" },
  // Preventie 7: first contact with the landlord's housing consultant.
  housingConsultantContact: { key: "housingConsultantContact", guidelineNumber: 7, owner: "landlord" },
  // Preventie 8: the professionals connect the participant to the neighbourhood.
  neighbourhoodConnection: { key: "neighbourhoodConnection", guidelineNumber: 8, owner: "careTeam" },
};

export interface ItemOwnership {
  ownerRole: Role;
  ownerMemberId: string | null;
}

/** The role and the named person who own an item, given the participant's current details. */
export function itemOwnership(details: ParticipantDetails, key: OnboardingItemKey): ItemOwnership {
  const owner = ONBOARDING_ITEMS[key].owner;
  switch (owner) {
    case "careTeam":
      return { ownerRole: "careTeamMember", ownerMemberId: details.supportWorkerId };
    case "landlord":
      return { ownerRole: "landlordStaff", ownerMemberId: details.landlordContactId };
    case "coordinator":
      return { ownerRole: "coordinator", ownerMemberId: details.coordinatorId };
  }
}

/** Deadline key of an item; unique per participant. */
export function onboardingDeadlineKey(key: OnboardingItemKey): string {
  return `onboarding.${key}`;
}

/** A fresh checklist with every item open and due at `dueAt`. */
export function newChecklist(dueAt: Date): OnboardingItem[] {
  return ONBOARDING_ITEM_KEYS.map((key) => ({
    key,
    status: "open",
    dueAt,
    closedAt: null,
    closedBy: null,
    note: null,
    extensionReason: null,
  }));
}

export function findItem(state: ParticipantState, key: OnboardingItemKey): OnboardingItem | undefined {
  return state.checklist.find((item) => item.key === key);
}

/** The checklist with one item replaced. */
export function replaceItem(checklist: OnboardingItem[], item: OnboardingItem): OnboardingItem[] {
  return checklist.map((existing) => (existing.key === item.key ? item : existing));
}
