/**
 * Onderhoud samenwerking in the chat: `/nabuur samenwerking` (Teams: `@Nabuur samenwerking`) plans
 * the yearly meeting of a care provider and a landlord or shows its card; the card's buttons record
 * a meeting held (with the parties present) or move it with a reason.
 */

import { cardForViewer } from "../../../flows/cards/for-viewer.ts";
import { renderCard } from "../../../flows/cards/render.ts";
import { cooperationCardSpec } from "../../../flows/cooperation/card-spec.ts";
import { YEARLY_RULE } from "../../../flows/cooperation/effects.ts";
import {
  buildHeldForm,
  buildPlanForm,
  buildRescheduleForm,
  parseHeldForm,
  parsePlanForm,
  parseRescheduleForm,
} from "../../../flows/cooperation/forms.ts";
import type { CooperationState } from "../../../flows/cooperation/model.ts";
import { COOPERATION_TEXTS } from "../../../flows/cooperation/texts.ts";
import { FlowError } from "../../../flows/errors.ts";
import { formatDateTime } from "../../../flows/format.ts";
import type { onderhoudSamenwerking } from "../../../flows/steps/onderhoud-samenwerking/step.ts";
import { findCooperation, findCooperationOfPair } from "../../../store/cooperation/cooperation-repository.ts";
import { listOrganisations } from "../../../store/members/members.ts";
import { handleCooperationEvent, planCooperation } from "../../cooperation-service.ts";
import { NotFoundError } from "../../errors.ts";
import { flowContext } from "../../runtime.ts";
import { renderMentions } from "../mentions.ts";
import { type Acting, done } from "../module.ts";
import { sphereOrganisationIds } from "../options.ts";
import { requireRole } from "../route-guard.ts";
import type { InteractionResult } from "../types.ts";
import type { StepRoutes } from "./step-routes.ts";

/** The planned meeting a card showed; a card of a meeting already recorded opens no form. */
async function meetingOf(acting: Acting, ref: { c: string; n: number }): Promise<CooperationState> {
  const loaded = await findCooperation(acting.runtime.prisma, ref.c);
  if (!loaded) throw new NotFoundError("cooperation", ref.c);
  if (loaded.state.meetingNumber !== ref.n) throw new FlowError("cooperation.staleCard");
  return loaded.state;
}

const when = (acting: Acting, date: Date) => formatDateTime(date.toISOString(), acting.locale);

export const onderhoudSamenwerkingRoutes: StepRoutes<typeof onderhoudSamenwerking> = {
  buttons: {
    held: async (ref, acting) => {
      await meetingOf(acting, ref);
      return {
        type: "openForm",
        form: buildHeldForm(ref.c, ref.n, acting.runtime.clock.now(), acting.locale),
      };
    },
    reschedule: async (ref, acting) => {
      const state = await meetingOf(acting, ref);
      return { type: "openForm", form: buildRescheduleForm(ref.c, ref.n, state.plannedFor, acting.locale) };
    },
  },
  forms: {
    plan: async (pair, values, acting) => {
      const parsed = parsePlanForm(values, acting.runtime.clock.now(), acting.locale);
      if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
      const state = await planCooperation(acting.runtime, acting.actor, {
        careProviderId: pair.cp,
        landlordId: pair.l,
        plannedFor: parsed.value.plannedFor,
      });
      const names = await organisationNames(acting);
      const partner =
        names.get(
          acting.member.organisationId === state.landlordId ? state.careProviderId : state.landlordId,
        ) ?? "";
      return done(COOPERATION_TEXTS[acting.locale].notices.planned(when(acting, state.plannedFor), partner));
    },
    held: async (ref, values, acting) => {
      const parsed = parseHeldForm(values, acting.runtime.clock.now(), acting.locale);
      if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
      const state = await handleCooperationEvent(acting.runtime, ref.c, ref.n, {
        type: "held",
        actor: acting.actor,
        ...parsed.value,
      });
      return done(COOPERATION_TEXTS[acting.locale].notices.held(when(acting, state.plannedFor)));
    },
    reschedule: async (ref, values, acting) => {
      const parsed = parseRescheduleForm(values, acting.runtime.clock.now(), acting.locale);
      if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
      const state = await handleCooperationEvent(acting.runtime, ref.c, ref.n, {
        type: "rescheduled",
        actor: acting.actor,
        ...parsed.value,
      });
      return done(COOPERATION_TEXTS[acting.locale].notices.rescheduled(when(acting, state.plannedFor)));
    },
  },
};

async function organisationNames(acting: Acting): Promise<Map<string, string>> {
  const organisations = await listOrganisations(acting.runtime.prisma);
  return new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
}

/**
 * `/nabuur samenwerking [partij]`: the yearly meeting with the landlord (for the care team) or the
 * care provider (for landlord staff) the organisation shares participants with. Planned: its card,
 * for this person only; not planned yet: the form to plan it.
 */
export async function cooperationCommand(acting: Acting, args: string[]): Promise<InteractionResult> {
  requireRole(acting.actor, "organiseCooperation");
  const t = COOPERATION_TEXTS[acting.locale].notices;
  const prisma = acting.runtime.prisma;
  const own = acting.member.organisationId;
  const landlordSide = acting.member.role === "landlordStaff";
  const sphere = new Set(await sphereOrganisationIds(prisma, acting.member));
  const partners = (await listOrganisations(prisma)).filter(
    (organisation) =>
      organisation.id !== own &&
      sphere.has(organisation.id) &&
      organisation.kind === (landlordSide ? "careProvider" : "landlord"),
  );
  if (partners.length === 0) return done(t.noPartner);
  const names = partners.map((partner) => partner.name).join(", ");
  const wanted = args.join(" ").trim().toLowerCase();
  const partner = wanted
    ? (partners.find((candidate) => candidate.name.toLowerCase() === wanted) ??
      partners.find((candidate) => candidate.name.toLowerCase().startsWith(wanted)))
    : partners.length === 1
      ? partners[0]
      : undefined;
  if (!partner) return done(wanted ? t.partnerNotFound(args.join(" "), names) : t.choosePartner(names));
  const careProviderId = landlordSide ? partner.id : own;
  const landlordId = landlordSide ? own : partner.id;
  const existing = await findCooperationOfPair(prisma, careProviderId, landlordId);
  if (existing) {
    const card = cardForViewer(
      renderCard(cooperationCardSpec(existing.state), acting.locale),
      acting.member.role,
    );
    // The organising coordinator by name (Teams) or mention (Slack), as in the channel.
    return { type: "reply", card: await renderMentions(prisma, acting.where.platform, card) };
  }
  const proposed = flowContext(acting.runtime).dueAt(YEARLY_RULE, acting.runtime.clock.now());
  return {
    type: "openForm",
    form: buildPlanForm(careProviderId, landlordId, proposed, partner.name, acting.locale),
  };
}
