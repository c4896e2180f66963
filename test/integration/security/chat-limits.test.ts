/**
 * Two limits at the chat entrances, through the real Bolt app (signed requests) and the real Teams
 * core (/api/messages), and the same text limit on the intake API:
 * - bounded text: a complaint whose description is a megabyte is refused with a Dutch message that
 *   names the field, and nothing is stored;
 * - per-member rate limit: more than CHAT_RATE_LIMIT_PER_MINUTE commands or clicks within a minute
 *   are answered with "Rustig aan…" (English for English speakers) and not carried out; other
 *   members are not affected.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeFormEnvelope } from "../../../src/bot/teams/form-envelope.ts";
import { amsterdamDateAndTime, TIME_INPUT_SUFFIX } from "../../../src/bot/teams/form-values.ts";
import { loadConfig } from "../../../src/config.ts";
import { CASE_FORM_IDS } from "../../../src/flows/cases/buttons.ts";
import { complaintIntakeForm } from "../../../src/flows/cases/forms/intake-form.ts";
import { PARTICIPANT_BUTTON_IDS } from "../../../src/flows/participants/buttons.ts";
import { createLogger } from "../../../src/logger.ts";
import { type Nabuur, startNabuur } from "../../../src/server.ts";
import { ManualClock } from "../../../src/services/clock.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import type { PrismaClient } from "../../../src/store/db-types.ts";
import { FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import { MONDAY_MORNING } from "../../helpers/runtime.ts";
import { type SlackHarness, startSlackHarness, viewValues } from "../../helpers/slack-harness.ts";
import { CHANNEL, cardInvoke, conversations, personalMessage } from "../../helpers/teams-activities.ts";
import { createWorld, type World } from "../../helpers/world.ts";
import { complaintBody, readError, startApiHarness } from "../api/api-harness.ts";

const MEGABYTE = "x".repeat(1_000_000);
const LIMIT = 4;
const DESCRIPTION_REFUSED = "Het veld 'Omschrijving' is te lang: maximaal 3000 tekens.";
const HOUR = 3600_000;

/** What a refused or ignored interaction must leave untouched. */
async function stored(prisma: PrismaClient) {
  return {
    cases: await prisma.case.count(),
    complaints: await prisma.complaint.count(),
    identities: await prisma.complainantIdentity.count(),
    timeline: await prisma.timelineEntry.count(),
  };
}

async function participantOf(nabuur: Nabuur, world: World, reference: string) {
  return registerParticipant(nabuur.runtime, world.actor(world.worker), {
    reference,
    careProviderId: world.careProvider.id,
    landlordId: world.landlord.id,
    dwelling: "Oudegracht 1",
    leaseType: "own",
    supportWorkerId: world.worker.id,
    landlordContactId: world.landlordStaff.id,
    coordinatorId: world.coordinator.id,
  });
}

function intakeValues(participantId: string, description: string, now: Date): Record<string, string> {
  return {
    participant: participantId,
    type: "noise",
    description,
    occurredAt: new Date(now.getTime() - 5 * HOUR).toISOString(),
    afterTen: "false",
    receivedByLandlordAt: new Date(now.getTime() - HOUR).toISOString(),
    complainantAnonymous: "false",
    complainantName: "Buurvrouw Geheim",
  };
}

/** A date-time as the Teams card's date and time inputs send it. */
function teamsDateTime(field: string, iso: string): Record<string, string> {
  const local = amsterdamDateAndTime(iso)!;
  return { [field]: local.date, [`${field}${TIME_INPUT_SUFFIX}`]: local.time };
}

describe("Slack: bounded text and the per-member rate limit", () => {
  let h: SlackHarness;
  let participantId: string;
  beforeAll(async () => {
    h = await startSlackHarness("pglite", { CHAT_RATE_LIMIT_PER_MINUTE: String(LIMIT) });
    participantId = (await participantOf(h.nabuur, h.world, "HF-L01")).participantId;
  }, 180_000);
  afterAll(() => h.stop());

  const ephemeralsTo = (userId: string, from: number) =>
    h.slack.calls
      .slice(from)
      .filter((call) => call.method === "chat.postEphemeral" && call.body.user === userId)
      .map((call) => String(call.body.text));

  async function nextEphemeral(userId: string, from: number): Promise<string> {
    await h.slack.waitFor(() => ephemeralsTo(userId, from).length > 0);
    return ephemeralsTo(userId, from)[0]!;
  }

  it("a megabyte description in the complaint modal is refused on the field, in Dutch; nothing is stored", async () => {
    const before = await stored(h.nabuur.database.prisma);
    const response = await h.submit(h.user("ULANDLORD"), {
      callback_id: CASE_FORM_IDS.intake,
      private_metadata: JSON.stringify({ m: "{}", ch: h.world.channels.shared }),
      values: viewValues(intakeValues(participantId, MEGABYTE, h.clock.now())),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      response_action: "errors",
      errors: { description: DESCRIPTION_REFUSED },
    });
    expect(await stored(h.nabuur.database.prisma)).toEqual(before);
  });

  it(`more than ${LIMIT} commands or clicks a minute: "Rustig aan", nothing carried out; others go on`, async () => {
    const worker = h.user("UWORKER");
    for (let i = 0; i < LIMIT; i++) {
      const from = h.slack.calls.length;
      await h.command(worker, "/nabuur", "help");
      expect(await nextEphemeral("UWORKER", from)).toContain("/nabuur");
    }
    let from = h.slack.calls.length;
    await h.command(worker, "/nabuur", "help");
    expect(await nextEphemeral("UWORKER", from)).toMatch(/^Rustig aan: je hebt meer dan 4 opdrachten/);

    // A click that would tick an onboarding item: refused before the core, the timeline unchanged.
    const before = await stored(h.nabuur.database.prisma);
    from = h.slack.calls.length;
    await h.click(worker, {
      action_id: PARTICIPANT_BUTTON_IDS.itemDone,
      value: JSON.stringify({ p: participantId, i: "roleAgreements" }),
    });
    expect(await nextEphemeral("UWORKER", from)).toMatch(/^Rustig aan/);
    expect(await stored(h.nabuur.database.prisma)).toEqual(before);

    // A form keeps its values: the message is shown on its first field.
    const response = await h.submit(worker, {
      callback_id: CASE_FORM_IDS.careNote,
      private_metadata: JSON.stringify({ m: "{}", ch: "CCARE" }),
      values: viewValues({ text: "Notitie" }),
    });
    const answer = (await response.json()) as { errors: Record<string, string> };
    expect(answer.errors.text).toMatch(/^Rustig aan/);

    // Another member is counted on their own.
    from = h.slack.calls.length;
    await h.command(h.user("UCOORD"), "/nabuur", "help");
    expect(await nextEphemeral("UCOORD", from)).not.toMatch(/Rustig aan/);
  });

  it("in English for a member who chose English", async () => {
    await h.nabuur.database.prisma.member.update({
      where: { id: h.world.policeOfficer.id },
      data: { locale: "en" },
    });
    let last = "";
    for (let i = 0; i <= LIMIT; i++) {
      const from = h.slack.calls.length;
      await h.command(h.user("UPOLICE"), "/nabuur", "help");
      last = await nextEphemeral("UPOLICE", from);
    }
    expect(last).toMatch(/^Slow down: you sent more than 4 commands or clicks within one minute/);
  });
});

describe("Teams: bounded text and the per-member rate limit", () => {
  const connector = new FakeBotConnector();
  let serviceUrl: string;
  let nabuur: Nabuur;
  let world: World;
  let participantId: string;
  const clock = new ManualClock(MONDAY_MORNING);
  const landlord = { id: "29:petra", name: "Petra", aadObjectId: "aad-petra" };
  const worker = { id: "29:sanne", name: "Sanne", aadObjectId: "aad-sanne" };

  const post = (activity: Record<string, unknown>) =>
    fetch(`${nabuur.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity),
    });

  beforeAll(async () => {
    serviceUrl = await connector.start();
    nabuur = await startNabuur({
      config: loadConfig({
        PORT: "0",
        DATA_DIR: "memory://",
        TEAMS_ENABLED: "true",
        CHAT_RATE_LIMIT_PER_MINUTE: String(LIMIT),
      }),
      logger: createLogger("silent"),
      clock,
      schedulerCron: null,
    });
    world = await createWorld(nabuur.database.prisma, { bindChannels: false });
    const prisma = nabuur.database.prisma;
    await prisma.member.update({
      where: { id: world.landlordStaff.id },
      data: { teamsUserId: landlord.aadObjectId },
    });
    await prisma.member.update({ where: { id: world.worker.id }, data: { teamsUserId: worker.aadObjectId } });
    participantId = (await participantOf(nabuur, world, "HF-L02")).participantId;
  }, 180_000);
  afterAll(async () => {
    await nabuur.stop();
    await connector.stop();
  });

  it("a megabyte description in the complaint card is refused on the field, in Dutch; nothing is stored", async () => {
    const before = await stored(nabuur.database.prisma);
    const form = complaintIntakeForm({ participants: [{ value: participantId, label: "HF-L02" }] });
    // Teams asks a date-time as a date and a time (Europe/Amsterdam), as the card's inputs send them.
    const { occurredAt, receivedByLandlordAt, ...rest } = intakeValues(participantId, MEGABYTE, clock.now());
    const values = {
      ...rest,
      ...teamsDateTime("occurredAt", occurredAt!),
      ...teamsDateTime("receivedByLandlordAt", receivedByLandlordAt!),
    };
    const response = await post(
      cardInvoke(
        serviceUrl,
        CASE_FORM_IDS.intake,
        { nabuurForm: encodeFormEnvelope(form, CHANNEL), ...values },
        {
          from: landlord,
        },
      ),
    );
    expect(response.status).toBe(200);
    const card = await response.text();
    // The form comes back with the message on the description field (not the whole card in a failure).
    expect(card.includes(DESCRIPTION_REFUSED), "the refusal on the description field").toBe(true);
    expect(await stored(nabuur.database.prisma)).toEqual(before);
  });

  it(`more than ${LIMIT} messages or clicks a minute: "Rustig aan", nothing carried out`, async () => {
    const personal = (text: string) => ({
      ...personalMessage(serviceUrl, text, worker),
      conversation: { ...conversations.personal("a:personal-sanne"), tenantId: "tenant-1" },
    });
    const repliesFrom = (from: number) =>
      connector.requests.slice(from).map((request) => String(request.body?.text ?? ""));
    for (let i = 0; i < LIMIT; i++) {
      const from = connector.requests.length;
      expect((await post(personal("help"))).status).toBeLessThan(300);
      expect(repliesFrom(from).join("\n")).not.toMatch(/Rustig aan/);
    }
    let from = connector.requests.length;
    await post(personal("help"));
    expect(repliesFrom(from).join("\n")).toMatch(/Rustig aan: je hebt meer dan 4 opdrachten/);

    const before = await stored(nabuur.database.prisma);
    const click = await post(
      cardInvoke(
        serviceUrl,
        PARTICIPANT_BUTTON_IDS.itemDone,
        { value: JSON.stringify({ p: participantId, i: "roleAgreements" }) },
        { from: worker },
      ),
    );
    expect(click.status).toBe(200);
    expect(await click.text()).toMatch(/Rustig aan/);
    expect(await stored(nabuur.database.prisma)).toEqual(before);

    // Landlord staff are counted on their own.
    from = connector.requests.length;
    await post({
      ...personalMessage(serviceUrl, "help", landlord),
      conversation: { ...conversations.personal("a:personal-petra"), tenantId: "tenant-1" },
    });
    expect(repliesFrom(from).join("\n")).not.toMatch(/Rustig aan/);
  });
});

describe("intake API: bounded text", () => {
  it("a megabyte description is refused whole (413, Dutch); one over the maximum names the field; nothing is stored", async () => {
    const h = await startApiHarness("pglite");
    try {
      const key = await h.newKey();
      const before = await stored(h.prisma);
      const huge = await h.call("/complaints", {
        key: key.token,
        json: complaintBody({ description: MEGABYTE }),
      });
      expect(huge.status).toBe(413);
      expect((await readError(huge)).message).toMatch(
        /^De body is te groot \(maximaal 64 kB\)\. Er is niets vastgelegd\./,
      );
      const long = await h.call("/complaints", {
        key: key.token,
        json: complaintBody({ description: "x".repeat(60_000) }),
      });
      expect(long.status).toBe(400);
      const error = await readError(long);
      expect(error.fields).toEqual([
        expect.objectContaining({
          field: "description",
          problem: "tooLong",
          message: "De beschrijving (description) is te lang: maximaal 3000 tekens.",
        }),
      ]);
      expect(await stored(h.prisma)).toEqual(before);
    } finally {
      await h.stop();
    }
  });
});
