/** When a person adds Nabuur as a personal app, the personal chat opens with their overview. */
import type { Application } from "@microsoft/teams-ai";
import type { TurnContext } from "botbuilder";
import type { TeamsDeps } from "../answers.ts";
import { rememberCard } from "../references.ts";
import { cardActivity } from "../teams-chat-port.ts";

async function handleMembersAdded(deps: TeamsDeps, context: TurnContext): Promise<void> {
  const activity = context.activity;
  if (activity.conversation.conversationType !== "personal") return;
  const botAdded = (activity.membersAdded ?? []).some((member) => member.id === activity.recipient.id);
  if (!botAdded) return;
  try {
    const member = await deps.interactions.resolveMember(
      "teams",
      activity.from.aadObjectId ?? activity.from.id,
    );
    const card = await deps.interactions.homeCard(member, member?.locale ?? deps.interactions.defaultLocale);
    const response = await context.sendActivity(cardActivity(card));
    if (response?.id) await rememberCard(deps.proactive.store, activity.conversation.id, response.id, card);
  } catch (error) {
    deps.logger.error({ err: error }, "could not send the Teams welcome card");
  }
}

export function registerInstallListeners(app: Application, deps: TeamsDeps): void {
  app.conversationUpdate("membersAdded", (context) => handleMembersAdded(deps, context));
}
