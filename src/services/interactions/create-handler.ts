/** The InteractionHandler: routes what a person did to the module that answers it. */

import type { Card } from "../../flows/cards/card.ts";
import { renderCard } from "../../flows/cards/render.ts";
import { flowErrorMessage } from "../../flows/error-messages.ts";
import { FlowError } from "../../flows/errors.ts";
import type { Locale } from "../../flows/model.ts";
import {
  actorOf,
  findMemberBySlackUser,
  findMemberByTeamsUser,
  type MemberView,
} from "../../store/members/members.ts";
import { myDeadlinesSpec } from "../deadline-service.ts";
import { NotFoundError } from "../errors.ts";
import type { ServiceRuntime } from "../runtime.ts";
import { handleCommand } from "./commands.ts";
import { deadlineInteractions } from "./deadline-interactions.ts";
import { sealForm, submitOnce } from "./form-once.ts";
import type { InteractionHandler } from "./handler.ts";
import type { InteractionModule } from "./module.ts";
import { type Acting, type ActionRoute, type FormRoute, InvalidPayloadError } from "./module.ts";
import { participantInteractions } from "./participant-interactions.ts";
import { signalInteractions } from "./signal-interactions.ts";
import { botTexts } from "./texts.ts";

export function createInteractionHandler(
  runtime: ServiceRuntime,
  modules: InteractionModule[] = [],
): InteractionHandler {
  const all = [participantInteractions, signalInteractions, deadlineInteractions, ...modules];
  const actions = new Map<string, ActionRoute>();
  const forms = new Map<string, FormRoute>();
  for (const module of all) {
    for (const [id, route] of Object.entries(module.actions)) actions.set(id, route);
    for (const [id, route] of Object.entries(module.forms)) forms.set(id, route);
  }
  const defaultLocale = runtime.effects.defaultLocale;

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
      const acting: Acting = {
        runtime,
        member: context.member,
        actor: actorOf(context.member),
        locale: context.locale,
        where: context.where,
      };
      switch (interaction.kind) {
        case "command":
          return sealForm(await handleCommand(acting, interaction));
        case "cardAction": {
          const route = actions.get(interaction.actionId);
          if (!route) throw new InvalidPayloadError(`unknown action ${interaction.actionId}`);
          return sealForm(await route(interaction.value, acting));
        }
        case "formSubmit": {
          const route = forms.get(interaction.formId);
          if (!route) throw new InvalidPayloadError(`unknown form ${interaction.formId}`);
          const result = await submitOnce(
            runtime,
            { memberId: acting.member.id, metadata: interaction.metadata, locale: acting.locale },
            (metadata) => route(metadata, interaction.values, acting),
          );
          return sealForm(result);
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
    async homeCard(member: MemberView | null, locale: Locale): Promise<Card> {
      const t = botTexts(locale);
      if (!member)
        return {
          summary: t.homeTitle,
          blocks: [
            { type: "header", text: t.homeTitle },
            { type: "text", text: t.notRegistered },
          ],
        };
      const list = renderCard(await myDeadlinesSpec(runtime.prisma, member, runtime.clock.now()), locale);
      return {
        summary: t.homeTitle,
        blocks: [
          { type: "header", text: t.homeTitle },
          { type: "text", text: t.homeIntro },
          { type: "divider" },
          ...list.blocks,
        ],
      };
    },
  };
}
