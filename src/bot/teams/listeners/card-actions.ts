/**
 * Action.Execute invokes (`adaptiveCard/action`): a button (verb = action id, data.value), a
 * form's submit (verb = form id, the inputs next to the form envelope) or Teams' automatic refresh
 * of a card (REFRESH_VERB). The answer is the invoke response: a card replacing the clicked card
 * for this person — after an action, the card as it is once the action committed — or a message.
 */
import type { Application } from "@microsoft/teams-ai";
import { ActivityTypes, type TurnContext } from "botbuilder";
import { z } from "zod";
import type { Interaction } from "../../../services/interactions/types.ts";
import {
  answerInvoke,
  describeFailure,
  type FormSubmission,
  restoreCard,
  type TeamsDeps,
} from "../answers.ts";
import { decodeFormEnvelope, withInitialValues } from "../form-envelope.ts";
import { formValuesFromTeams } from "../form-values.ts";
import { baseConversationId, tenantOf } from "../references.ts";
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  type AdaptiveCard,
  BACK_VERB,
  formToAdaptiveCard,
  REFRESH_VERB,
} from "../render-adaptive-card.ts";
import { inTeamsSyntax } from "../texts.ts";

/** The invoke response's type for a message (shown briefly above the card). */
const MESSAGE_RESPONSE_TYPE = "application/vnd.microsoft.activity.message";

/** Every verb on Nabuur's cards starts with this prefix. */
const VERB_PATTERN = /^nabuur\./;

const actionSchema = z.object({
  action: z.object({
    type: z.literal("Action.Execute"),
    verb: z.string().min(1).max(255),
    data: z.record(z.string(), z.unknown()).default({}),
  }),
});

async function handleCardAction(deps: TeamsDeps, context: TurnContext): Promise<AdaptiveCard | string> {
  const activity = context.activity;
  const platformUserId = activity.from.aadObjectId ?? activity.from.id;
  const member = await deps.interactions.resolveMember("teams", platformUserId).catch(() => null);
  const locale = member?.locale ?? deps.interactions.defaultLocale;
  const parsed = actionSchema.safeParse(activity.value);
  if (!parsed.success) {
    deps.logger.warn({ issues: parsed.error.issues.length }, "malformed Teams card action refused");
    return describeFailure(deps, new Error("malformed card action"), locale, platformUserId);
  }
  const { verb, data } = parsed.data.action;
  if (verb === BACK_VERB || verb === REFRESH_VERB) return restoreCard(deps, context, member, locale);

  let interaction: Interaction;
  let submitted: FormSubmission | null = null;
  const envelope = decodeFormEnvelope(data);
  if (envelope) {
    const { form, channelId } = envelope;
    const { values, errors } = formValuesFromTeams(form.fields, data, locale);
    // Inputs that are not a value at all (a date without a time) never reach the core.
    if (Object.keys(errors).length) {
      return formToAdaptiveCard(withInitialValues(form, values), errors, locale, { cancel: true, channelId });
    }
    submitted = { form, values, channelId };
    interaction = { kind: "formSubmit", formId: verb, metadata: form.metadata, values };
  } else {
    const value =
      typeof data.value === "string"
        ? data.value
        : data.value === undefined
          ? ""
          : JSON.stringify(data.value);
    interaction = { kind: "cardAction", actionId: verb, value };
  }
  try {
    const result = await deps.interactions.handle(interaction, {
      member,
      platformUserId,
      locale,
      where: {
        platform: "teams",
        workspaceId: tenantOf(activity),
        // A form counts for the conversation it was asked for (it may be filled in elsewhere).
        channelId: submitted?.channelId ?? baseConversationId(activity.conversation.id),
      },
    });
    return await answerInvoke(deps, context, member, locale, result, submitted);
  } catch (error) {
    return describeFailure(deps, error, locale, platformUserId);
  }
}

/**
 * The invoke response is sent here, not by the Teams AI app: given a card with a `refresh`, the app
 * would also update the message itself for everyone (and keep doing so for every later card).
 * Updating the shared message is the outbox's work alone; the answer only replaces the person's copy.
 */
async function respond(context: TurnContext, answer: AdaptiveCard | string): Promise<void> {
  const body =
    typeof answer === "string"
      ? { statusCode: 200, type: MESSAGE_RESPONSE_TYPE, value: inTeamsSyntax(answer, { plain: true }) }
      : { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: answer };
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
}

export function registerCardActionListeners(app: Application, deps: TeamsDeps): void {
  app.adaptiveCards.actionExecute(VERB_PATTERN, async (context) => {
    const answer = await handleCardAction(deps, context);
    await respond(context, answer);
    return answer;
  });
}
