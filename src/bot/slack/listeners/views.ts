/**
 * Modal submissions. The answer must be in the ack itself (field errors keep the modal open), so
 * the core is asked before acking — well within Slack's 3 seconds.
 */
import type { App } from "@slack/bolt";
import { done } from "../../../services/interactions/module.ts";
import { filesFromSlack } from "../incoming-files.ts";
import { decodeModalMetadata, viewSubmissionSchema } from "../payloads.ts";
import { formValuesFromSlack, type SlackViewStateValues } from "../render-blocks.ts";
import type { AnswerTarget, SlackDeps } from "../slack-bot.ts";

/** Every callback id of Nabuur's modals (its form ids) starts with this prefix. */
export const CALLBACK_ID_PATTERN = /^nabuur\./;

export function registerViewListeners(app: App, deps: SlackDeps): void {
  app.view({ callback_id: CALLBACK_ID_PATTERN, type: "view_submission" }, async ({ ack, body, client }) => {
    const parsed = viewSubmissionSchema.safeParse(body);
    if (!parsed.success) {
      await ack();
      deps.logger.warn({ issues: parsed.error.issues.length }, "malformed view submission refused");
      return;
    }
    const payload = parsed.data;
    const { formMetadata, channelId } = decodeModalMetadata(payload.view.private_metadata);
    const files = filesFromSlack(payload.view.state.values, client, deps.botToken);
    const member = await deps.interactions.resolveMember("slack", payload.user.id).catch(() => null);
    const target: AnswerTarget = {
      userId: payload.user.id,
      channelId,
      triggerId: null,
      locale: member?.locale ?? deps.interactions.defaultLocale,
    };
    let result: Awaited<ReturnType<typeof deps.interactions.handle>>;
    try {
      result = await deps.interactions.handle(
        {
          kind: "formSubmit",
          formId: payload.view.callback_id,
          metadata: formMetadata,
          values: formValuesFromSlack(payload.view.state.values as SlackViewStateValues),
          ...(files.length ? { files } : {}),
        },
        {
          member,
          platformUserId: payload.user.id,
          locale: target.locale,
          where: {
            platform: "slack",
            workspaceId: payload.team?.id ?? payload.user.team_id ?? "",
            channelId,
          },
        },
      );
    } catch (error) {
      await ack();
      await deps.fail(client, target, error);
      return;
    }
    if (result.type === "formErrors") {
      await ack({ response_action: "errors", errors: result.errors });
      return;
    }
    await ack();
    try {
      await deps.answer(client, target, result);
      // After the ack: fetching a file the person gave may take longer than Slack waits.
      if (result.type === "done" && result.followUp)
        await deps.answer(client, target, done(await result.followUp()));
    } catch (error) {
      await deps.fail(client, target, error);
    }
  });
}
