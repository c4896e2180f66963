/**
 * Invokes no listener answers — another app's, or a forged name or value — get a plain 400
 * instead of botbuilder's 501: a request Nabuur does not offer is the sender's mistake, not a
 * fault of the bot. Registered last, so every invoke Nabuur does offer is answered first.
 */
import type { Application } from "@microsoft/teams-ai";
import { ActivityTypes, type TurnContext } from "botbuilder";
import type { TeamsDeps } from "../answers.ts";

export function registerUnhandledInvokeListener(app: Application, deps: TeamsDeps): void {
  app.activity(ActivityTypes.Invoke, async (context: TurnContext) => {
    deps.logger.info({ name: context.activity.name }, "Teams invoke that Nabuur does not offer refused");
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400 } });
  });
}
