/** The InteractionHandler: routes what a person did to the module that answers it. */

import { type Card, caseOfSummaryView } from "../../flows/cards/card.ts";
import { cardForViewer } from "../../flows/cards/for-viewer.ts";
import { decodeValue } from "../../flows/cards/payload.ts";
import { renderCard } from "../../flows/cards/render.ts";
import { CASE_SUMMARY_KEY } from "../../flows/cases/card-refresh.ts";
import { flowErrorMessage } from "../../flows/error-messages.ts";
import { FlowError } from "../../flows/errors.ts";
import type { Locale, Role } from "../../flows/model.ts";
import { PERMISSION_ROLES } from "../../flows/policy/permission-names.ts";
import { directMessageKey } from "../../store/effects/apply-effects.ts";
import {
  actorOf,
  findMemberBySlackUser,
  findMemberByTeamsUser,
  type MemberView,
} from "../../store/members/members.ts";
import { findMessageKeys, saveMessageRef } from "../../store/outbox/message-refs.ts";
import { latestOutboxCard, releaseParkedDirectMessages } from "../../store/outbox/outbox-repository.ts";
import { myDeadlinesSpec, teamOverviewSpec } from "../deadline-service.ts";
import { NotFoundError } from "../errors.ts";
import type { ServiceRuntime } from "../runtime.ts";
import { currentCaseSummary, handleCommand } from "./commands.ts";
import { sealForm, submitOnce } from "./form-once.ts";
import type { InteractionHandler } from "./handler.ts";
import { renderMentions } from "./mentions.ts";
import { type Acting, InvalidPayloadError, requireParsed } from "./module.ts";
import { requireStepPermission } from "./route-guard.ts";
import { type StepRoute, stepRoute } from "./routes/index.ts";
import { botTexts } from "./texts.ts";
import type { InteractionResult, ShownCard } from "./types.ts";

/**
 * Runs a button's or form's route: the payload parsed with its step's schema (an old or forged one
 * is refused), then the step's permission checked before anything opens or is recorded.
 */
async function runStepRoute(
  kind: StepRoute["kind"],
  id: string,
  raw: string,
  values: Record<string, string>,
  acting: Acting,
): Promise<InteractionResult> {
  const route = stepRoute(kind, id);
  if (!route) throw new InvalidPayloadError(`unknown ${kind} ${id}`);
  const payload = route.payload ? requireParsed(decodeValue(route.payload, raw)) : null;
  await requireStepPermission(acting, route, payload);
  return route.run(payload, values, acting);
}

/**
 * An answer only the person sees (an ephemeral message, Teams' personal chat) is a private surface:
 * its card keeps only the buttons their role may use. Cards about a case whose kind the answer knows
 * are narrowed by it already (e.g. the case summary); this covers every other card.
 */
function forViewer(result: InteractionResult, role: Role): InteractionResult {
  return result.type === "reply" ? { ...result, card: cardForViewer(result.card, role) } : result;
}

/** The coordinator's home also shows the team's overview (below their own list); others get nothing. */
async function teamOverviewBlocks(runtime: ServiceRuntime, member: MemberView, locale: Locale) {
  if (!PERMISSION_ROLES.viewTeamOverview.includes(member.role)) return [];
  const overview = renderCard(await teamOverviewSpec(runtime.prisma, member, runtime.clock.now()), locale);
  return [{ type: "divider" } as const, ...overview.blocks];
}

export function createInteractionHandler(runtime: ServiceRuntime): InteractionHandler {
  const defaultLocale = runtime.effects.defaultLocale;

  async function homeCard(member: MemberView | null, locale: Locale): Promise<Card> {
    const t = botTexts(locale);
    if (!member)
      return {
        summary: t.homeTitle,
        blocks: [
          { type: "header", text: t.homeTitle },
          { type: "text", text: t.notRegistered },
        ],
      };
    // App Home / the Teams personal home card is the member's own: only the buttons they may use.
    const list = cardForViewer(
      renderCard(await myDeadlinesSpec(runtime.prisma, member, runtime.clock.now()), locale),
      member.role,
    );
    return {
      summary: t.homeTitle,
      blocks: [
        { type: "header", text: t.homeTitle },
        { type: "text", text: t.homeIntro },
        { type: "divider" },
        ...list.blocks,
        ...(await teamOverviewBlocks(runtime, member, locale)),
      ],
      view: "home",
    };
  }

  /** A view built again for its member, as the command or the home card built it. */
  async function buildView(
    member: MemberView,
    locale: Locale,
    view: ShownCard["view"],
  ): Promise<Card | null> {
    const now = runtime.clock.now();
    switch (view) {
      case "home":
        return homeCard(member, locale);
      case "mine":
        return { ...renderCard(await myDeadlinesSpec(runtime.prisma, member, now), locale), view };
      case "overview":
        if (!PERMISSION_ROLES.viewTeamOverview.includes(member.role)) return null;
        return { ...renderCard(await teamOverviewSpec(runtime.prisma, member, now), locale), view };
      default: {
        // A case's summary (`zaak <nr>`), as the care team sees it now.
        const caseId = view ? caseOfSummaryView(view) : null;
        return caseId ? currentCaseSummary(runtime, member, caseId, locale) : null;
      }
    }
  }

  return {
    defaultLocale,
    async resolveMember(platform, platformUserId) {
      return platform === "slack"
        ? findMemberBySlackUser(runtime.prisma, platformUserId)
        : findMemberByTeamsUser(runtime.prisma, platformUserId);
    },
    async handle(interaction, context) {
      const t = botTexts(context.locale);
      if (!context.member) {
        const isHelp = interaction.kind === "command" && /^\s*(help|hulp)?\s*$/i.test(interaction.text);
        return { type: "done", notice: isHelp ? `${t.help}\n\n${t.notRegistered}` : t.notRegistered };
      }
      const files = interaction.kind === "cardAction" ? undefined : interaction.files;
      const acting: Acting = {
        runtime,
        member: context.member,
        actor: actorOf(context.member),
        locale: context.locale,
        where: context.where,
        ...(files?.length ? { files } : {}),
      };
      const role = acting.member.role;
      switch (interaction.kind) {
        case "command":
          return forViewer(sealForm(await handleCommand(acting, interaction)), role);
        case "cardAction":
          return forViewer(
            sealForm(await runStepRoute("button", interaction.actionId, interaction.value, {}, acting)),
            role,
          );
        case "formSubmit": {
          const result = await submitOnce(
            runtime,
            { memberId: acting.member.id, metadata: interaction.metadata, locale: acting.locale },
            (metadata) => runStepRoute("form", interaction.formId, metadata, interaction.values, acting),
          );
          return forViewer(sealForm(result), role);
        }
      }
    },
    describeError(error, locale, reference) {
      const t = botTexts(locale);
      if (error instanceof FlowError)
        return { text: flowErrorMessage(error, locale), code: error.code, unexpected: false };
      if (error instanceof NotFoundError) return { text: t.notFound, code: "notFound", unexpected: false };
      if (error instanceof InvalidPayloadError)
        return { text: t.outdatedButton, code: "invalidPayload", unexpected: false };
      return { text: t.unexpectedError(reference), code: null, unexpected: true };
    },
    homeCard,
    async currentCard(member, locale, shown) {
      // A view (the home card, a list) is this member's own: built again, never read from the outbox.
      if (shown.view) {
        const view = member ? await buildView(member, locale, shown.view) : null;
        return view && member ? cardForViewer(view, member.role) : null;
      }
      const keys = await findMessageKeys(runtime.prisma, shown.platform, {
        channelId: shown.channelId,
        messageId: shown.messageId,
      });
      const card = await latestOutboxCard(runtime.prisma, shown.platform, keys);
      return card ? renderMentions(runtime.prisma, shown.platform, card) : null;
    },
    async cardPosted(member, shown) {
      const caseId = member && shown.view ? caseOfSummaryView(shown.view) : null;
      if (!member || !caseId) return;
      // The summary's place under the key its updates are written for (see cardRefreshes).
      await saveMessageRef(
        runtime.prisma,
        shown.platform,
        directMessageKey(CASE_SUMMARY_KEY(caseId), member.id),
        {
          channelId: shown.channelId,
          messageId: shown.messageId,
        },
      );
    },
    async personAppeared(platform, platformUserId) {
      const released = await releaseParkedDirectMessages(
        runtime.prisma,
        platform,
        platformUserId,
        runtime.clock.now(),
      );
      if (released > 0) runtime.afterCommit();
      return released;
    },
  };
}
