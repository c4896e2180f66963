/**
 * The person's answer on a file consent card (`fileConsent/invoke`): accepted → the file goes to
 * their OneDrive and a file info card follows; declined → a message. One error boundary; the
 * invoke is always answered with HTTP 200 (by the Teams AI app), so the card does not show an error.
 */
import type { Application } from "@microsoft/teams-ai";
import type { FileConsentCardResponse, TurnContext } from "botbuilder";
import type { TeamsDeps } from "../answers.ts";
import { handleFileConsent } from "../private-files.ts";

async function onFileConsent(
  deps: TeamsDeps,
  context: TurnContext,
  response: FileConsentCardResponse,
): Promise<void> {
  try {
    const activity = context.activity;
    const member = await deps.interactions
      .resolveMember("teams", activity.from.aadObjectId ?? activity.from.id)
      .catch(() => null);
    await handleFileConsent(deps, context, response, member?.locale ?? deps.interactions.defaultLocale);
  } catch (error) {
    deps.logger.error({ err: error }, "Teams file consent failed");
  }
}

export function registerFileConsentListeners(app: Application, deps: TeamsDeps): void {
  app.fileConsentAccept((context, _state, response) => onFileConsent(deps, context, response));
  app.fileConsentDecline((context, _state, response) => onFileConsent(deps, context, response));
}
