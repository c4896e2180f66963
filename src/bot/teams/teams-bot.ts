/**
 * The Teams adapter: the real Teams AI app (@microsoft/teams-ai on botbuilder) behind
 * POST /api/messages on Nabuur's own server. It parses activities, asks the core what to do
 * (src/services/interactions) and shows the answer where the person is; its ChatPort delivers
 * the outbox. Every Teams SDK call lives in this folder.
 */
import { AdaptiveCardActionExecuteResponseType, Application, type TeamsAdapter } from "@microsoft/teams-ai";
import { ActivityTypes, type TurnContext } from "botbuilder";
import type { Request, Response } from "express";
import type { Logger } from "../../logger.ts";
import type { ChatPort } from "../../services/interactions/chat-port.ts";
import type { InteractionHandler } from "../../services/interactions/handler.ts";
import type { PrismaClient } from "../../store/db-types.ts";
import type { TeamsConversationStore } from "../../store/teams/conversation-refs.ts";
import type { TeamsDeps } from "./answers.ts";
import { connectorTransport } from "./connector-transport.ts";
import { registerCardActionListeners } from "./listeners/card-actions.ts";
import { registerFileConsentListeners } from "./listeners/file-consent.ts";
import { registerInstallListeners } from "./listeners/installs.ts";
import { registerMessageListeners } from "./listeners/messages.ts";
import { registerUnhandledInvokeListener } from "./listeners/unhandled-invokes.ts";
import { createMessagesEndpoint, NabuurTeamsAdapter } from "./messages-endpoint.ts";
import { PendingFiles } from "./pending-files.ts";
import { loadReference, referenceKeys, saveInboundReferences, tenantOf } from "./references.ts";
import { createTeamsChatPort } from "./teams-chat-port.ts";

/** How the bot gets its outgoing tokens (tests pass one with authentication disabled). */
export type TeamsCredentialsFactory = NonNullable<ConstructorParameters<typeof TeamsAdapter>[1]>;

export interface TeamsBotOptions {
  /** Microsoft app id of the bot. Without it the bot runs without authentication (emulator mode). */
  appId?: string | undefined;
  appPassword?: string | undefined;
  /** Tenant of a single-tenant app registration. */
  tenantId?: string | undefined;
  /**
   * Tenants whose activities are accepted (the conversation's tenant); default every tenant.
   * `tenantId` only sets how the bot authenticates: a single-tenant bot can serve other tenants.
   */
  allowedTenantIds?: string[] | undefined;
  logger: Logger;
  interactions: InteractionHandler;
  conversations: TeamsConversationStore;
  /** Where offered files wait for consent (src/bot/teams/pending-files.ts). */
  prisma: PrismaClient;
  credentialsFactory?: TeamsCredentialsFactory;
  /** Told of every Bot Connector call and what it came to (the metrics). */
  onApiCall?: (method: string, outcome: "ok" | "rate_limited" | "error") => void;
}

export interface TeamsBot {
  /** Express handler for POST /api/messages. */
  handle(req: Request, res: Response): Promise<void>;
  chatPort: ChatPort;
  /** False in emulator mode (no app id: requests are not authenticated). */
  authenticated: boolean;
}

function authenticationConfig(options: TeamsBotOptions) {
  if (!options.appId) return {};
  return {
    MicrosoftAppId: options.appId,
    MicrosoftAppPassword: options.appPassword ?? "",
    MicrosoftAppType: options.tenantId ? "SingleTenant" : "MultiTenant",
    ...(options.tenantId ? { MicrosoftAppTenantId: options.tenantId } : {}),
  };
}

/**
 * The Teams AI app without its typing indicator. Teams AI 1.7 starts a typing timer on every
 * message turn whatever `startTypingTimer` says: a turn that has sent no message of its own after
 * a second sends "typing" activities until it does. A command in a channel has its answer built
 * and sent to the person's personal chat first (through another turn context), so the channel got
 * an empty "typing" activity whenever that took longer than a second, before the pointer to the
 * personal chat. Nabuur sends no typing indicator anywhere.
 */
class NabuurApplication extends Application {
  override startTypingTimer(_context: TurnContext): void {}
}

export function createTeamsBot(options: TeamsBotOptions): TeamsBot {
  const { logger } = options;
  const authenticated = Boolean(options.appId);
  if (!authenticated) {
    logger.warn(
      "Teams runs WITHOUT authentication (Bot Framework Emulator mode, no TEAMS_APP_ID): anyone who can reach /api/messages can act as any user. Use it only locally.",
    );
  }
  const adapter = new NabuurTeamsAdapter(
    authenticationConfig(options),
    options.credentialsFactory,
    undefined,
    {
      httpClient: connectorTransport(options.onApiCall) as never,
    },
  );
  const app = new NabuurApplication({
    adapter,
    ...(options.appId ? { botAppId: options.appId } : {}),
    removeRecipientMention: false,
    startTypingTimer: false,
    longRunningMessages: false,
    adaptiveCards: {
      actionExecuteResponseType: AdaptiveCardActionExecuteResponseType.REPLACE_FOR_INTERACTOR,
    },
  });
  const allowedTenants = options.allowedTenantIds?.length ? options.allowedTenantIds : null;
  const deps: TeamsDeps = {
    logger,
    interactions: options.interactions,
    proactive: { adapter, botAppId: options.appId ?? "", store: options.conversations },
    files: new PendingFiles(options.prisma),
  };

  app.turn("beforeTurn", async (context: TurnContext) => {
    const tenant = tenantOf(context.activity);
    if (allowedTenants && !allowedTenants.includes(tenant)) {
      logger.warn({ tenant }, "Teams activity from a tenant that is not allowed; ignored");
      if (context.activity.type === ActivityTypes.Invoke) {
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 403 } });
      }
      return false;
    }
    const aadObjectId = context.activity.from?.aadObjectId;
    const knownBefore = aadObjectId
      ? await loadReference(options.conversations, referenceKeys.personal(aadObjectId)).catch(() => null)
      : null;
    await saveInboundReferences(options.conversations, context.activity, logger);
    // Until the bot has a personal chat with someone, a direct message to them may have waited
    // (parked: no conversation known). Whatever they do first — install the app, write to the
    // bot, click — lets those messages go out now.
    if (aadObjectId && !knownBefore) {
      await options.interactions
        .personAppeared("teams", aadObjectId)
        .catch((error: unknown) => logger.error({ err: error }, "could not release waiting messages"));
    }
    return true;
  });
  registerMessageListeners(app, deps);
  registerCardActionListeners(app, deps);
  registerInstallListeners(app, deps);
  registerFileConsentListeners(app, deps);
  // Last: whatever invoke is left is not Nabuur's.
  registerUnhandledInvokeListener(app, deps);
  app.error(async (_context, error) => {
    logger.error({ err: error }, "unhandled Teams error");
  });

  return {
    authenticated,
    chatPort: createTeamsChatPort({ ...deps.proactive, logger }),
    handle: createMessagesEndpoint({ adapter, app, logger, authenticated }),
  };
}
