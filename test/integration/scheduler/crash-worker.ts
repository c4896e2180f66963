/**
 * A Nabuur process for the crash test: the real bot (Slack on, scheduler every second) plus a load
 * of participant registrations. It prints "committed <reference>" after each commit, so the test
 * knows what must not be lost when it kills this process at a random moment.
 */
import { loadConfig } from "../../../src/config.ts";
import { createLogger } from "../../../src/logger.ts";
import { startNabuur } from "../../../src/server.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";

const [databaseUrl, slackApiUrl, prefix, countText] = process.argv.slice(2);
const config = loadConfig({
  PORT: "0",
  DATABASE_URL: databaseUrl,
  SLACK_BOT_TOKEN: "xoxb-crash-test",
  SLACK_SIGNING_SECRET: "crash-secret",
  SLACK_API_URL: slackApiUrl,
  SCHEDULER_CRON: "* * * * * *",
  LOG_LEVEL: "silent",
});
const nabuur = await startNabuur({ config, logger: createLogger("silent"), slackRetries: 0 });
const prisma = nabuur.database.prisma;
const worker = await prisma.member.findUniqueOrThrow({ where: { slackUserId: "UWORKER" } });
const landlordStaff = await prisma.member.findUniqueOrThrow({ where: { slackUserId: "ULANDLORD" } });
process.stdout.write("ready\n");
for (let index = 0; index < Number(countText ?? 0); index++) {
  const reference = `${prefix}-${index}`;
  await registerParticipant(
    nabuur.runtime,
    { memberId: worker.id, role: worker.role, organisationId: worker.organisationId },
    {
      reference,
      careProviderId: worker.organisationId,
      landlordId: landlordStaff.organisationId,
      dwelling: `Crashstraat ${index}`,
      leaseType: "own",
      supportWorkerId: worker.id,
      landlordContactId: landlordStaff.id,
      coordinatorId: null,
    },
  );
  process.stdout.write(`committed ${reference}\n`);
}
process.stdout.write("load done\n");
