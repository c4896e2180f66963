/**
 * The environment, parsed once at start-up. Every variable is described here and in the README;
 * a wrong value stops the start with one line that names the variable.
 *
 * Secrets can also come from files, as container platforms mount them: for any variable marked
 * `secret`, `<NAME>_FILE=/run/secrets/x` reads the value from that file.
 */
import { readFileSync } from "node:fs";
import { validate as validateCron } from "node-cron";
import { z } from "zod";
import { deadlineSettingsSchema } from "./flows/calendar/deadline-policy.ts";
import { DEFAULT_RETENTION_SETTINGS } from "./flows/policy/retention.ts";

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const port = z.coerce.number().int().min(0).max(65535);

interface VariableSpec {
  schema: z.ZodType;
  description: string;
  secret?: boolean;
}

/** Every environment variable Nabuur reads. The README's configuration table mirrors this list. */
export const VARIABLES = {
  PORT: {
    schema: port.default(3000),
    description: "HTTP port of the bot (Slack events, Teams messages, API, health).",
  },
  HOST: {
    schema: z.string().min(1).default("127.0.0.1"),
    description: "Address to listen on. Use 0.0.0.0 in a container.",
  },
  LOG_LEVEL: {
    schema: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    description: "Log level of the structured (JSON) log.",
  },
  DATABASE_URL: {
    schema: optionalString.pipe(
      z
        .string()
        .regex(
          /^postgres(ql)?:\/\/.+/,
          "must start with postgresql:// (or leave it empty for the embedded database)",
        )
        .optional(),
    ),
    description:
      "PostgreSQL connection string (postgresql://user:pass@host:5432/db). Empty: the embedded PGlite database in DATA_DIR.",
    secret: true,
  },
  DATA_DIR: {
    schema: z.string().min(1).default("./data"),
    description: "Directory of the embedded database (used when DATABASE_URL is empty).",
  },
  DEFAULT_LOCALE: {
    schema: z.enum(["nl", "en"]).default("nl"),
    description: "Language of channel messages and of members who did not choose one (nl or en).",
  },
  WORKING_HOURS: {
    schema: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, "must look like 08:30-17:30")
      .default("08:30-17:30"),
    description:
      "Working hours (Europe/Amsterdam, Mon–Fri, Dutch holidays off) in which nudges may ping people.",
  },
  DEADLINES: {
    schema: z
      .string()
      .default("")
      .transform((text, ctx) => {
        const entries: Record<string, number> = {};
        for (const pair of text
          .split(",")
          .map((part) => part.trim())
          .filter(Boolean)) {
          const [rule, amount] = pair.split("=").map((part) => part.trim());
          if (!rule || !amount || !/^\d+$/.test(amount)) {
            ctx.addIssue({ code: "custom", message: `"${pair}" must look like team.assessment.hearing=5` });
            return z.NEVER;
          }
          entries[rule] = Number(amount);
        }
        const parsed = deadlineSettingsSchema.safeParse(entries);
        if (!parsed.success) {
          ctx.addIssue({
            code: "custom",
            message: parsed.error.issues.map((issue) => issue.message).join("; "),
          });
          return z.NEVER;
        }
        return parsed.data;
      }),
    description:
      "Team agreements on deadlines, as rule=amount pairs separated by commas (e.g. team.assessment.hearing=3,team.action.default=5). Units and defaults: see README.",
  },
  NUDGE_OVERDUE_GRACE_HOURS: {
    schema: z.coerce.number().int().min(0).max(744).default(0),
    description:
      "Hours after a deadline before it counts as overdue (escalated the next working morning to the coordinator and the landlord contact).",
  },
  SCHEDULER_CRON: {
    schema: z
      .string()
      .min(1)
      .default("*/30 * * * * *")
      .refine((expression) => validateCron(expression), "is not a valid cron expression"),
    description:
      "node-cron expression of the scheduler tick (nudges, outbox retries); default every 30 seconds.",
  },
  RETENTION_CARE_DAYS: {
    schema: z.coerce.number().int().min(1).max(36_500).default(DEFAULT_RETENTION_SETTINGS.careDays),
    description:
      "AVG retention: days after a case is closed before its care-only data (hearing and care notes, assessment, interventions' notes) is anonymised.",
  },
  RETENTION_HOUSING_DAYS: {
    schema: z.coerce.number().int().min(1).max(36_500).default(DEFAULT_RETENTION_SETTINGS.housingDays),
    description:
      "AVG retention: days after a case is closed before its housing data (complaints, complainants, letters, the link to the participant) and with it the whole case is anonymised.",
  },
  CHAT_RATE_LIMIT_PER_MINUTE: {
    schema: z.coerce
      .number({ message: "must be a whole number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(100_000, "must be at most 100000")
      .default(60),
    description:
      "Commands, button clicks and form submits one chat member (Slack or Teams) may send per minute; more are refused with a 'Rustig aan' message and not carried out.",
  },
  METRICS_TOKEN: {
    schema: optionalString.pipe(z.string().min(16, "must be at least 16 characters").optional()),
    description:
      "Bearer token for GET /metrics (Prometheus text format). Empty: /metrics does not exist (404).",
    secret: true,
  },
  SLACK_BOT_TOKEN: {
    schema: optionalString.pipe(z.string().startsWith("xoxb-", "must start with xoxb-").optional()),
    description: "Slack bot token (xoxb-…). Together with SLACK_SIGNING_SECRET it turns Slack on.",
    secret: true,
  },
  SLACK_SIGNING_SECRET: {
    schema: optionalString,
    description: "Slack signing secret, to verify that requests come from Slack.",
    secret: true,
  },
  SLACK_APP_TOKEN: {
    schema: optionalString.pipe(z.string().startsWith("xapp-", "must start with xapp-").optional()),
    description:
      "Slack app-level token (xapp-…). When set, Slack runs in Socket Mode (no public URL needed).",
    secret: true,
  },
  SLACK_ALLOWED_TEAM_IDS: {
    schema: z
      .string()
      .default("")
      .transform((text) =>
        text
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z.string().regex(/^[TE][A-Z0-9]{1,20}$/, "must be Slack team or enterprise ids like T0123ABC"),
        ),
      ),
    description:
      "Comma-separated Slack workspace (T…) or Enterprise Grid (E…) ids whose requests are accepted; empty accepts the workspace the app is installed in.",
  },
  SLACK_API_URL: {
    schema: z.url({ message: "must be a URL like https://slack.com/api/" }).default("https://slack.com/api/"),
    description:
      "Base URL of the Slack Web API. Point it at a local Slack-compatible server for tests and demos.",
  },
  TEAMS_APP_ID: {
    schema: optionalString.pipe(
      z.uuid({ message: "must be the bot's Microsoft app id (a GUID)" }).optional(),
    ),
    description:
      "Microsoft app id of the Teams bot. Set it (with TEAMS_APP_PASSWORD) to turn Teams on with Bot Framework authentication.",
  },
  TEAMS_APP_PASSWORD: {
    schema: optionalString,
    description: "Client secret of the Teams bot's app registration.",
    secret: true,
  },
  TEAMS_TENANT_ID: {
    schema: optionalString,
    description: "Microsoft Entra tenant of a single-tenant bot registration (empty: multi-tenant).",
  },
  TEAMS_ALLOWED_TENANT_IDS: {
    schema: z
      .string()
      .default("")
      .transform((text) =>
        text
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.uuid({ message: "must be Microsoft Entra tenant ids (GUIDs)" }))),
    description:
      "Comma-separated Microsoft Entra tenant ids whose Teams activities are accepted (the care provider's and the landlord's); empty accepts every tenant.",
  },
  TEAMS_ENABLED: {
    schema: z
      .enum(["true", "false"])
      .default("false")
      .transform((value) => value === "true"),
    description:
      "true: run the Teams endpoint /api/messages without an app id (local Bot Framework Emulator mode, no authentication). Ignored when TEAMS_APP_ID is set.",
  },
} satisfies Record<string, VariableSpec>;

type Variables = typeof VARIABLES;
export type Config = { [K in keyof Variables]: z.output<Variables[K]["schema"]> };

export class ConfigError extends Error {
  override name = "ConfigError";
}

function rawValue(name: string, spec: VariableSpec, env: NodeJS.ProcessEnv): string | undefined {
  const fileVariable = `${name}_FILE`;
  const filePath = env[fileVariable];
  if (spec.secret && filePath) {
    if (env[name]) throw new ConfigError(`${name} and ${fileVariable} are both set: use one of them.`);
    try {
      return readFileSync(filePath, "utf8").trim();
    } catch {
      throw new ConfigError(`${fileVariable}: cannot read the file ${filePath}.`);
    }
  }
  return env[name];
}

/** Parses the environment. Throws ConfigError with a one-line message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(VARIABLES) as [string, VariableSpec][]) {
    const parsed = spec.schema.safeParse(rawValue(name, spec, env));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const shown = spec.secret ? "" : ` (got "${String(env[name]).slice(0, 60)}")`;
      throw new ConfigError(`${name}: ${issue?.message ?? "invalid value"}${shown}. ${spec.description}`);
    }
    result[name] = parsed.data;
  }
  const config = result as Config;
  if (Boolean(config.SLACK_BOT_TOKEN) !== Boolean(config.SLACK_SIGNING_SECRET) && !config.SLACK_APP_TOKEN) {
    throw new ConfigError(
      "SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET: set both to turn Slack on over HTTP (or SLACK_BOT_TOKEN with SLACK_APP_TOKEN for Socket Mode).",
    );
  }
  if (config.TEAMS_APP_ID && !config.TEAMS_APP_PASSWORD) {
    throw new ConfigError("TEAMS_APP_PASSWORD: required when TEAMS_APP_ID is set (the bot's client secret).");
  }
  return config;
}
