/**
 * A busy month of a realistic team, through the real Slack app and the real Teams app: ten
 * participants, six open cases at different steps of the ladder (and a seventh and a signal during
 * the month), three support workers, a coordinator, two landlord staff of the landlord, and the
 * clock moved hour by hour over four weeks from Monday 20 April 2026 (Koningsdag on 27 April,
 * Hemelvaart on 14 May, four weekends) with a scheduler tick every hour from an hour before the
 * working hours to an hour after, and every fourth hour at night. Every message the bot
 * sent is classified; the test prints per person per working day what deadline nudges they got and
 * asserts the rules of docs/nudges.md: at most the digest and one at-due ping per person per
 * working day, nothing outside working hours, no heads-up after due, no button the receiver may not
 * use, and every nudge names its item.
 */
import { afterAll, describe, expect, it } from "vitest";
import { neutralActionId } from "../../../src/bot/slack/render-blocks.ts";
import { amsterdamDateKey, isWithinWorkingHours } from "../../../src/flows/calendar/index.ts";
import { DEFAULT_NUDGE_SETTINGS } from "../../../src/flows/deadlines/settings.ts";
import type { Role } from "../../../src/flows/model.ts";
import { PERMISSION_ROLES, routeById } from "../../../src/flows/steps/registry.ts";
import { fileComplaint, handleCaseEvent } from "../../../src/services/case-service.ts";
import type { ManualClock } from "../../../src/services/clock.ts";
import { handleDeadlineEvent } from "../../../src/services/deadline-service.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import type { ServiceRuntime } from "../../../src/services/runtime.ts";
import { logSignal } from "../../../src/services/signal-service.ts";
import { loadSubjectInfo } from "../../../src/services/subjects.ts";
import type { PrismaClient } from "../../../src/store/db-types.ts";
import { actorOf, createMember, type MemberView } from "../../../src/store/members/members.ts";
import { FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import { assessConsciousJustified } from "../../helpers/procedure.ts";
import { startSlackHarness } from "../../helpers/slack-harness.ts";
import { startTeamsAppHarness, teamsUserOf } from "../../helpers/teams-harness.ts";
import { SLACK_TEAM, type World } from "../../helpers/world.ts";

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Thursday 16 April 2026, 09:00 in Amsterdam: the cases are opened and moved along. */
const SEED_AT = new Date("2026-04-16T07:00:00Z");
/** Monday 20 April 2026, 00:30 in Amsterdam: the month starts; ticks fall on the half hour. */
const MONTH_START = new Date("2026-04-19T22:30:00Z");
const MONTH_HOURS = 28 * 24;
const HOURS = DEFAULT_NUDGE_SETTINGS.workingHours;
/** Pass ASSERT=0 to print the table without the assertions (the "before" run in docs/nudges.md). */
const ASSERT = process.env.BUSY_MONTH_ASSERT !== "0";

type NudgeKind = "digest" | "ping" | "overdue" | "headsUp";

/** One message the bot sent (a new post; updates of cards are not messages that notify). */
interface Sent {
  at: Date;
  /** The member it went to (direct message), or the channel. */
  to: MemberView | "shared" | "careTeam";
  /** The thread in a channel (a case's thread), or null. */
  thread: string | null;
  text: string;
  buttons: { actionId: string; value: string }[];
}

interface Nudge extends Sent {
  kind: NudgeKind;
}

/** The deadline cards by their texts; the ones before the redesign in brackets' second half. */
function nudgeKind(text: string): NudgeKind | null {
  if (/Vandaag voor jou/.test(text)) return "digest";
  if (/Nu aan de beurt|Termijn verloopt nu/.test(text)) return "ping";
  if (/Over de termijn|Termijn verstreken/.test(text)) return "overdue";
  if (/Binnenkort:|Termijn nadert/.test(text)) return "headsUp";
  return null;
}

interface Platform {
  name: "slack" | "teams";
  runtime: ServiceRuntime;
  prisma: PrismaClient;
  clock: ManualClock;
  world: World;
  /** Makes the bot know a member (Teams needs to have seen someone before it can write to them). */
  introduce(members: MemberView[]): Promise<void>;
  tick(): Promise<void>;
  /** The messages sent since the last call. */
  drain(): Sent[];
  stop(): Promise<void>;
}

// ── the two platforms ───────────────────────────────────────────────────────────────────────────

async function slackPlatform(): Promise<Platform> {
  const h = await startSlackHarness("pglite");
  let seen = 0;
  const members = new Map<string, MemberView>();
  return {
    name: "slack",
    runtime: h.nabuur.runtime,
    prisma: h.nabuur.database.prisma,
    clock: h.clock,
    world: h.world,
    async introduce(list) {
      for (const member of list) members.set(h.slack.dmChannelOf(member.slackUserId!), member);
    },
    tick: () => h.tick(),
    drain() {
      const calls = h.slack.calls.slice(seen);
      seen = h.slack.calls.length;
      return calls
        .filter((call) => call.method === "chat.postMessage")
        .map((call) => {
          const channel = String(call.body.channel);
          const blocks = (call.body.blocks ?? []) as {
            type: string;
            elements?: { action_id?: string; value?: string }[];
          }[];
          return {
            at: h.clock.now(),
            to:
              channel === h.world.channels.shared
                ? "shared"
                : channel === h.world.channels.careTeam
                  ? "careTeam"
                  : members.get(channel)!,
            thread: typeof call.body.thread_ts === "string" ? `${channel}/${call.body.thread_ts}` : null,
            text: JSON.stringify(call.body),
            buttons: blocks
              .filter((block) => block.type === "actions")
              .flatMap((block) => block.elements ?? [])
              .filter((element) => element.action_id)
              .map((element) => ({
                actionId: neutralActionId(element.action_id!),
                value: element.value ?? "",
              })),
          } satisfies Sent;
        })
        .filter((sent) => sent.to !== undefined);
    },
    stop: () => h.stop(),
  };
}

const TEAMS_SHARED = "19:month-shared@thread.tacv2";
const TEAMS_CARE = "19:month-care@thread.tacv2";

/** Every Action.Execute in a card, wherever it sits. */
function executeActions(node: unknown, into: { verb: string; value: string }[] = []) {
  if (Array.isArray(node)) for (const item of node) executeActions(item, into);
  else if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (record.type === "Action.Execute" && typeof record.verb === "string") {
      const data = record.data as Record<string, unknown> | undefined;
      into.push({ verb: record.verb, value: typeof data?.value === "string" ? data.value : "" });
    }
    for (const value of Object.values(record)) if (typeof value === "object") executeActions(value, into);
  }
  return into;
}

async function teamsPlatform(): Promise<Platform> {
  const h = await startTeamsAppHarness({ now: SEED_AT });
  const { clock, connector, prisma, world } = h;
  await h.bind("shared", TEAMS_SHARED);
  await h.bind("careTeam", TEAMS_CARE);
  const aad = (member: MemberView) => teamsUserOf(member).aadObjectId;
  const members: MemberView[] = [];
  const personal = new Map<string, MemberView>();
  let seen = 0;
  return {
    name: "teams",
    runtime: h.nabuur.runtime,
    prisma,
    clock,
    world,
    async introduce(list) {
      for (const member of list) {
        await h.link(member, teamsUserOf(member));
        members.push(member);
        for (const channelId of [TEAMS_SHARED, TEAMS_CARE])
          await h.seeChannel(channelId, teamsUserOf(member));
      }
      await h.tick();
    },
    tick: () => h.tick(),
    drain() {
      const requests = connector.requests.slice(seen);
      seen = connector.requests.length;
      const sent: Sent[] = [];
      for (const request of requests) {
        if (request.route === "createConversation" && request.response?.id) {
          const body = JSON.stringify(request.body ?? {});
          const member = members.find((m) => body.includes(`"29:${m.slackUserId}"`) || body.includes(aad(m)));
          if (member) personal.set(String(request.response.id), member);
          continue;
        }
        if (request.status !== 200) continue;
        if (request.route !== "sendToConversation" && request.route !== "replyToActivity") continue;
        const conversation = String(request.conversationId ?? "");
        const [channel, messageId] = conversation.split(";messageid=");
        const to =
          channel === TEAMS_SHARED ? "shared" : channel === TEAMS_CARE ? "careTeam" : personal.get(channel!);
        if (!to) continue;
        sent.push({
          at: clock.now(),
          to,
          thread: messageId ? conversation : null,
          text: JSON.stringify(request.body),
          buttons: FakeBotConnector.cardsOf(request)
            .flatMap((card) => executeActions(card))
            .map((action) => ({ actionId: action.verb, value: action.value })),
        });
      }
      return sent;
    },
    stop: () => h.stop(),
  };
}

// ── the team and its month ──────────────────────────────────────────────────────────────────────

interface Team {
  people: MemberView[];
  careTeam: MemberView[];
  participants: string[];
}

async function buildTeam(p: Platform): Promise<Team> {
  const { world, runtime, prisma, clock } = p;
  const member = (organisationId: string, role: Role, displayName: string, slackUserId: string) =>
    createMember(prisma, { organisationId, role, displayName, slackUserId, slackTeamId: SLACK_TEAM });
  const ruben = await member(world.careProvider.id, "careTeamMember", "Ruben (begeleider)", "URUBEN");
  const fatima = await member(world.careProvider.id, "careTeamMember", "Fatima (begeleider)", "UFATIMA");
  const marieke = await member(world.landlord.id, "landlordStaff", "Marieke (woonconsulent)", "UMARIEKE");
  const careTeam = [world.worker, ruben, fatima];
  const people = [
    ...careTeam,
    world.coordinator,
    world.landlordStaff,
    marieke,
    world.otherLandlordStaff,
    world.policeOfficer,
    world.careAdmin,
  ];
  await p.introduce(people);

  const participants: string[] = [];
  for (let n = 1; n <= 10; n++) {
    const registered = await registerParticipant(runtime, actorOf(world.coordinator), {
      reference: `HF-${String(n).padStart(2, "0")}`,
      careProviderId: world.careProvider.id,
      landlordId: world.landlord.id,
      dwelling: `Lindelaan ${n}`,
      leaseType: n % 3 === 0 ? "intermediary" : "own",
      supportWorkerId: careTeam[(n - 1) % 3]!.id,
      landlordContactId: (n % 2 === 0 ? marieke : world.landlordStaff).id,
      coordinatorId: world.coordinator.id,
    });
    participants.push(registered.participantId);
  }

  const complaint = (participant: number, landlord: MemberView, hoursAgo: number) =>
    fileComplaint(runtime, actorOf(landlord), {
      participantId: participants[participant - 1]!,
      complaint: {
        type: "noise",
        description: "Harde muziek in de nacht.",
        occurredAt: new Date(clock.now().getTime() - hoursAgo * HOUR),
        afterTen: true,
        receivedByLandlordAt: new Date(clock.now().getTime() - HOUR),
        complainantAnonymous: true,
      },
      complainant: { anonymous: true, name: null, contact: null },
    });
  const contactOf = (participant: number) => (participant % 2 === 0 ? marieke : world.landlordStaff);
  const workerOf = (participant: number) => careTeam[(participant - 1) % 3]!;
  const event = (caseId: string, e: Parameters<typeof handleCaseEvent>[2]) =>
    handleCaseEvent(runtime, caseId, e);
  const assessed = async (participant: number) => {
    const worker = actorOf(workerOf(participant));
    const opened = await complaint(participant, contactOf(participant), 10);
    await event(opened.id, { type: "caseStarted", actor: worker, approach: "Gesprek met de deelnemer" });
    await event(opened.id, {
      type: "hearingRecorded",
      actor: worker,
      heldAt: clock.now(),
      notes: "Gehoord.",
    });
    await assessConsciousJustified(runtime, opened.id, worker);
    return opened.id;
  };
  const ladder = async (caseId: string, participant: number, steps: ("actie3" | "actie4" | "actie5")[]) => {
    const worker = actorOf(workerOf(participant));
    const landlord = actorOf(contactOf(participant));
    await complaint(participant, contactOf(participant), 5);
    await assessConsciousJustified(runtime, caseId, worker);
    for (const step of steps) {
      await event(caseId, { type: "ladderStepTaken", actor: landlord, step, situation: null });
      await event(caseId, {
        type: "letterRecorded",
        actor: landlord,
        step,
        sentAt: clock.now(),
        registered: step === "actie5",
        signedForSeen: step === "actie5",
      });
      if (step !== "actie3") {
        await event(caseId, {
          type: "legalAdviceRequested",
          actor: actorOf(world.coordinator),
          step,
          note: null,
        });
      }
    }
  };

  // Thursday: Actie 1 (not started yet), Actie 1 started, Actie 2 assessed.
  await complaint(1, contactOf(1), 30);
  clock.advance(HOUR);
  const started = await complaint(2, contactOf(2), 8);
  await event(started.id, { type: "caseStarted", actor: actorOf(workerOf(2)), approach: "Huisbezoek" });
  clock.advance(2 * HOUR);
  await assessed(3);
  // Friday: Actie 3, 4 and 5.
  clock.set(new Date(SEED_AT.getTime() + DAY));
  await ladder(await assessed(4), 4, ["actie3"]);
  clock.advance(2 * HOUR);
  await ladder(await assessed(5), 5, ["actie3", "actie4"]);
  clock.advance(2 * HOUR);
  await ladder(await assessed(6), 6, ["actie3", "actie4", "actie5"]);
  // A signal from the landlord about participant 8.
  await logSignal(runtime, actorOf(contactOf(8)), {
    participantId: participants[7]!,
    kind: "nuisanceSign",
    source: "landlord",
    description: "Buren melden geluid.",
    observedAt: clock.now(),
    followUpOwner: null,
  });
  return { people, careTeam, participants };
}

/** What people do during the month, by hour since the start (Amsterdam times in the comments). */
function monthActions(p: Platform, team: Team): Map<number, () => Promise<void>> {
  const { world, runtime, prisma, clock } = p;
  const at = (day: number, hour: number) => day * 24 + hour;
  const actions = new Map<number, () => Promise<void>>();
  // Tuesday of week 2, 10:30: a new complaint about participant 7 (a seventh case).
  actions.set(at(8, 10), async () => {
    await fileComplaint(runtime, actorOf(world.landlordStaff), {
      participantId: team.participants[6]!,
      complaint: {
        type: "visitors",
        description: "Veel bezoek tot laat.",
        occurredAt: new Date(clock.now().getTime() - 12 * HOUR),
        afterTen: true,
        receivedByLandlordAt: new Date(clock.now().getTime() - HOUR),
        complainantAnonymous: true,
      },
      complainant: { anonymous: true, name: null, contact: null },
    });
  });
  // Wednesday of week 3, 14:30: a signal about participant 9 from the care team.
  actions.set(at(16, 14), async () => {
    await logSignal(runtime, actorOf(team.careTeam[2]!), {
      participantId: team.participants[8]!,
      kind: "nuisanceSign",
      source: "careTeam",
      description: "Deelnemer maakt zich zorgen over de buren.",
      observedAt: clock.now(),
      followUpOwner: null,
    });
  });
  // Every day at 11:30 each support worker closes the oldest of their open deadlines with "Klaar"
  // (when it has no form of its own), so the lists change during the month.
  for (let day = 0; day < 28; day++) {
    const previous = actions.get(at(day, 11));
    actions.set(at(day, 11), async () => {
      await previous?.();
      if (!isWithinWorkingHours(clock.now(), HOURS)) return;
      for (const worker of team.careTeam) {
        const open = await prisma.deadline.findMany({
          where: { state: "open", ownerMemberId: worker.id, dueAt: { lte: clock.now() } },
          orderBy: { dueAt: "asc" },
        });
        for (const row of open) {
          try {
            await handleDeadlineEvent(runtime, row.id, { type: "done", actor: actorOf(worker), note: null });
            break;
          } catch {
            // A deadline with a form of its own (Actie 1's start, a check) is closed by its form.
          }
        }
      }
    });
  }
  return actions;
}

/** Every item label a nudge may name: the item of each deadline, in Dutch. */
async function itemLabels(prisma: PrismaClient): Promise<string[]> {
  const labels = new Set<string>(["Taak van het zorgteam"]);
  for (const row of await prisma.deadline.findMany()) {
    const subject = await loadSubjectInfo(prisma, row.subject as never).catch(() => null);
    if (subject) labels.add(subject.item(row.key, "nl").label);
  }
  return [...labels];
}

// ── the month, classified ───────────────────────────────────────────────────────────────────────

interface Violations {
  outsideHours: Nudge[];
  headsUpAfterDue: Nudge[];
  unusableButtons: { nudge: Nudge; actionId: string }[];
  unnamed: Nudge[];
}

interface MonthResult {
  nudges: Nudge[];
  violations: Violations;
  table: string;
  perPersonDay: Map<string, number>;
  perThreadDay: Map<string, number>;
  maxPerKindPersonDay: Map<NudgeKind, number>;
}

async function runMonth(p: Platform): Promise<MonthResult> {
  const team = await buildTeam(p);
  const { clock, prisma } = p;
  // The days before the month, ticked like the month but not counted.
  for (let hour = 0; clock.now().getTime() < MONTH_START.getTime(); hour++) {
    if (ticksAt(clock.now(), hour)) await p.tick();
    clock.advance(HOUR);
  }
  clock.set(MONTH_START);
  await p.tick();
  p.drain();

  const actions = monthActions(p, team);
  const nudges: Nudge[] = [];
  const violations: Violations = { outsideHours: [], headsUpAfterDue: [], unusableButtons: [], unnamed: [] };
  let labels = await itemLabels(prisma);
  for (let hour = 0; hour < MONTH_HOURS; hour++) {
    clock.set(new Date(MONTH_START.getTime() + hour * HOUR));
    const action = actions.get(hour);
    await action?.();
    if (!action && !ticksAt(clock.now(), hour)) continue;
    await p.tick();
    const sent = p.drain();
    if (sent.length === 0) continue;
    for (const message of sent) {
      const kind = nudgeKind(message.text);
      if (!kind) continue;
      const nudge: Nudge = { ...message, kind };
      nudges.push(nudge);
      if (!isWithinWorkingHours(nudge.at, HOURS)) violations.outsideHours.push(nudge);
      if (kind === "headsUp") {
        for (const id of deadlineIdsOf(nudge)) {
          const row = await prisma.deadline.findUnique({ where: { id } });
          if (row && row.dueAt.getTime() <= nudge.at.getTime()) violations.headsUpAfterDue.push(nudge);
        }
      }
      if (typeof nudge.to === "object") {
        const reader = nudge.to;
        for (const button of nudge.buttons) {
          const permission = routeById(button.actionId)?.permission;
          if (permission && !PERMISSION_ROLES[permission].includes(reader.role)) {
            violations.unusableButtons.push({ nudge, actionId: button.actionId });
          }
        }
      }
      if (!labels.some((label) => nudge.text.includes(jsonText(label)))) {
        labels = await itemLabels(prisma);
        if (!labels.some((label) => nudge.text.includes(jsonText(label)))) violations.unnamed.push(nudge);
      }
    }
  }
  return summarise(team, nudges, violations);
}

/**
 * Whether the clock ticks at this hour: every hour from an hour before the working hours to an hour
 * after them, and every fourth hour at night, at weekends and on holidays (a nudge sent then would
 * still be seen; the quiet hours only cost time).
 */
function ticksAt(now: Date, hour: number): boolean {
  return (
    [-HOUR, 0, HOUR].some((shift) => isWithinWorkingHours(new Date(now.getTime() + shift), HOURS)) ||
    hour % 4 === 0
  );
}

/** A label as it appears inside the JSON of a message (quotes and the like escaped). */
function jsonText(label: string): string {
  return JSON.stringify(label).slice(1, -1);
}

function deadlineIdsOf(nudge: Nudge): string[] {
  return nudge.buttons.flatMap((button) => {
    const match = /"d":"([^"]+)"/.exec(button.value);
    return match ? [match[1]!] : [];
  });
}

const who = (to: Sent["to"]) => (typeof to === "object" ? to.displayName : `#${to}`);

function summarise(team: Team, nudges: Nudge[], violations: Violations): MonthResult {
  const days: string[] = [];
  for (let day = 0; day < 28; day++) {
    const noon = new Date(MONTH_START.getTime() + day * DAY + 12 * HOUR);
    if (isWithinWorkingHours(noon, HOURS)) days.push(amsterdamDateKey(noon));
  }
  const perPersonDay = new Map<string, number>();
  const perThreadDay = new Map<string, number>();
  const perKind = new Map<string, number>();
  for (const nudge of nudges) {
    const day = amsterdamDateKey(nudge.at);
    const key = `${who(nudge.to)} ${day}`;
    perPersonDay.set(key, (perPersonDay.get(key) ?? 0) + 1);
    perKind.set(`${nudge.kind} ${key}`, (perKind.get(`${nudge.kind} ${key}`) ?? 0) + 1);
    if (nudge.thread) {
      const thread = `${nudge.thread} ${day}`;
      perThreadDay.set(thread, (perThreadDay.get(thread) ?? 0) + 1);
    }
  }
  const maxPerKindPersonDay = new Map<NudgeKind, number>();
  for (const [key, count] of perKind) {
    const kind = key.split(" ")[0] as NudgeKind;
    maxPerKindPersonDay.set(kind, Math.max(maxPerKindPersonDay.get(kind) ?? 0, count));
  }
  const count = (list: { to: Sent["to"] }[], name: string) => list.filter((n) => who(n.to) === name).length;
  const rows = [...team.people.map((person) => person.displayName), "#shared"];
  const lines = [
    `working days: ${days.length} (${days[0]} – ${days.at(-1)}); per day: nudge messages that day`,
    [
      "person".padEnd(26),
      "per working day".padEnd(days.length + 3),
      "total",
      "digest",
      "ping",
      "overdue",
      "headsUp",
      "max/day",
      "outside",
      "headsUp>due",
      "unusable",
      "unnamed",
    ].join(" "),
  ];
  for (const name of rows) {
    const mine = nudges.filter((n) => who(n.to) === name);
    const daily = days.map((day) => perPersonDay.get(`${name} ${day}`) ?? 0);
    const max = Math.max(
      0,
      ...[...perPersonDay].filter(([key]) => key.startsWith(`${name} `)).map(([, n]) => n),
    );
    const of = (kind: NudgeKind) => mine.filter((n) => n.kind === kind).length;
    lines.push(
      [
        name.padEnd(26),
        daily
          .map((n) => (n > 9 ? "+" : String(n)))
          .join("")
          .padEnd(days.length + 3),
        String(mine.length).padStart(5),
        String(of("digest")).padStart(6),
        String(of("ping")).padStart(4),
        String(of("overdue")).padStart(7),
        String(of("headsUp")).padStart(7),
        String(max).padStart(7),
        String(count(violations.outsideHours, name)).padStart(7),
        String(count(violations.headsUpAfterDue, name)).padStart(11),
        String(violations.unusableButtons.filter((v) => who(v.nudge.to) === name).length).padStart(8),
        String(count(violations.unnamed, name)).padStart(7),
      ].join(" "),
    );
  }
  const sample = (list: { at: Date; to: Sent["to"] }[]) =>
    list
      .slice(0, 3)
      .map((n) => `${who(n.to)} ${n.at.toISOString()}`)
      .join("; ");
  lines.push(
    `totals: nudges ${nudges.length} (buttons shown ${nudges.reduce((n, nudge) => n + nudge.buttons.length, 0)}), outside working hours ${violations.outsideHours.length}, heads-ups after due ${violations.headsUpAfterDue.length}, unusable buttons ${violations.unusableButtons.length} (${[...new Set(violations.unusableButtons.map((v) => `${v.actionId}→${who(v.nudge.to)}`))].slice(0, 4).join(", ")}), unnamed ${violations.unnamed.length}`,
    `max per person per working day ${Math.max(0, ...[...perPersonDay].filter(([key]) => !key.startsWith("#")).map(([, n]) => n))}, max per case thread per day ${Math.max(0, ...perThreadDay.values())}`,
  );
  if (violations.outsideHours.length)
    lines.push(`outside working hours e.g.: ${sample(violations.outsideHours)}`);
  if (violations.unnamed.length) lines.push(`unnamed e.g.: ${sample(violations.unnamed)}`);
  return { nudges, violations, table: lines.join("\n"), perPersonDay, perThreadDay, maxPerKindPersonDay };
}

// ── the test ────────────────────────────────────────────────────────────────────────────────────

describe.each([
  ["Slack", slackPlatform],
  ["Teams", teamsPlatform],
] as const)("a busy month of nudges through %s", (name, start) => {
  let platform: Platform | null = null;
  afterAll(() => platform?.stop());

  it("at most the digest and one ping per person per working day, all in working hours, named and usable", async () => {
    platform = await start();
    platform.clock.set(SEED_AT);
    const result = await runMonth(platform);
    console.log(`\n── ${name}: a busy month of nudges ──\n${result.table}\n`);
    if (!ASSERT) return;
    const people = [...result.perPersonDay].filter(([key]) => !key.startsWith("#"));
    expect(result.nudges.length).toBeGreaterThan(0);
    expect(Math.max(0, ...people.map(([, n]) => n))).toBeLessThanOrEqual(2);
    expect(result.maxPerKindPersonDay.get("digest") ?? 0).toBeLessThanOrEqual(1);
    expect(result.maxPerKindPersonDay.get("ping") ?? 0).toBeLessThanOrEqual(1);
    expect(Math.max(0, ...result.perThreadDay.values())).toBeLessThanOrEqual(1);
    expect(result.violations.outsideHours.map((n) => `${who(n.to)} ${n.at.toISOString()}`)).toEqual([]);
    expect(result.violations.headsUpAfterDue).toEqual([]);
    expect(result.violations.unusableButtons.map((v) => `${v.actionId} → ${who(v.nudge.to)}`)).toEqual([]);
    expect(result.violations.unnamed.map((n) => `${who(n.to)} ${n.kind} ${n.at.toISOString()}`)).toEqual([]);
  }, 240_000);
});
