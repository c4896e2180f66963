/**
 * AVG bewaartermijnen with a controlled clock: a closed case loses its care data exactly when the
 * care period is over and its housing data (and its link to the participant) exactly when the
 * housing period is over — not a millisecond before; open cases never; a legal hold stops it and
 * lifting the hold lets it run; a second run changes nothing; and the anonymised case's dossier
 * still verifies.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScheduler } from "../../../src/bot/scheduler.ts";
import { FlowError } from "../../../src/flows/errors.ts";
import type { RetentionSettings } from "../../../src/flows/policy/retention.ts";
import { createLogger } from "../../../src/logger.ts";
import { handleCaseEvent } from "../../../src/services/case-service.ts";
import { ManualClock } from "../../../src/services/clock.ts";
import { createRuntime } from "../../../src/services/create-runtime.ts";
import { buildDossier } from "../../../src/services/dossier/build-dossier.ts";
import type { DossierJson, DossierTimelineEntry } from "../../../src/services/dossier/dossier-types.ts";
import { verifyDossier } from "../../../src/services/dossier/verify-dossier.ts";
import { nudgePlanner } from "../../../src/services/nudge-planner.ts";
import { sweepRetention } from "../../../src/services/privacy/anonymise-closed-cases.ts";
import { LegalHoldRefused, liftLegalHold, setLegalHold } from "../../../src/services/privacy/legal-hold.ts";
import type { ServiceRuntime } from "../../../src/services/runtime.ts";
import { openDatabase } from "../../../src/store/database.ts";
import type { PrismaClient } from "../../../src/store/db-types.ts";
import { findChainBreak } from "../../../src/store/timeline/hash.ts";
import {
  createPostgresDatabase,
  openTestDatabase,
  TEST_DATABASE_KINDS,
  type TestDatabase,
} from "../../helpers/databases.ts";
import { MemoryChat } from "../../helpers/memory-chat.ts";
import { fileWorldComplaint, registerWorldParticipant } from "../../helpers/procedure.ts";
import { MONDAY_MORNING, testRuntime } from "../../helpers/runtime.ts";
import { createWorld, type World } from "../../helpers/world.ts";
import {
  CARE_SECRETS,
  COMPLAINANT_CONTACT,
  COMPLAINANT_NAME,
  DAY,
  driveCaseToActie5,
  SHARED_FILE,
} from "../dossier/dossier-scenario.ts";

const SETTINGS: RetentionSettings = { careDays: 730, housingDays: 1826 };

/** Housing data of the scenario's case (dossier-scenario.ts) and of its closing. */
const HOUSING_SECRETS = [
  COMPLAINANT_NAME,
  COMPLAINANT_CONTACT,
  "Harde muziek na middernacht",
  "HF-007",
  "Biltstraat 7",
  "J. de Vries",
  "Begeleider spreekt de deelnemer vandaag",
  "Afspraak: geen muziek na 22:00",
  "Huisregels: geen muziek na 22:00",
  "Wijkagent Utrecht-Oost",
  "Melding van politie-inzet",
  "GEHEIM-SLUITING",
  // The shared correspondence's file: its name and its bytes.
  SHARED_FILE.name,
  "WOONBESTAND-INHOUD",
];

/** Every row Nabuur holds for one case, as text (what anonymisation must have emptied). */
async function footprint(prisma: PrismaClient, caseId: string): Promise<string> {
  const subject = `case:${caseId}`;
  const rows = {
    case: await prisma.case.findUnique({ where: { id: caseId } }),
    complaints: await prisma.complaint.findMany({ where: { caseId }, include: { complainant: true } }),
    actions: await prisma.caseAction.findMany({ where: { caseId } }),
    assessments: await prisma.assessment.findMany({ where: { caseId } }),
    letters: await prisma.letter.findMany({ where: { caseId } }),
    correspondence: await prisma.correspondence.findMany({ where: { caseId } }),
    correspondenceFiles: (await prisma.correspondenceFile.findMany({ where: { caseId } })).map((file) => ({
      ...file,
      body: Buffer.from(file.body).toString("utf8"),
    })),
    careNotes: await prisma.careNote.findMany({ where: { caseId } }),
    timeline: await prisma.timelineEntry.findMany({ where: { subject }, orderBy: { seq: "asc" } }),
    deadlines: await prisma.deadline.findMany({ where: { subject } }),
    outbox: await prisma.outboxMessage.findMany({
      where: { orderingKey: subject },
      select: { card: true, target: true },
    }),
  };
  return JSON.stringify(rows);
}

async function timelineOf(prisma: PrismaClient, caseId: string) {
  const rows = await prisma.timelineEntry.findMany({
    where: { subject: `case:${caseId}` },
    orderBy: { seq: "asc" },
  });
  return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
}

/** Another participant of the world, with the housing data the anonymisation must remove. */
const registerOther = (runtime: ServiceRuntime, world: World, reference: string) =>
  registerWorldParticipant(runtime, world, reference, { dwelling: "Oudegracht 8, Utrecht" });

/** A complaint with a named complainant, whose identity the housing part removes. */
const complain = (runtime: ServiceRuntime, world: World, participantId: string, description: string) =>
  fileWorldComplaint(runtime, world, participantId, {
    type: "smell",
    description,
    hoursAgo: 3,
    afterTen: false,
    complainant: { name: "Buurman Anders", contact: "anders@example.org" },
  });

describe.each(TEST_DATABASE_KINDS)("anonymising closed cases on %s", (kind) => {
  let database: TestDatabase;
  let runtime: ServiceRuntime;
  let clock: ManualClock;
  let world: World;
  /** Closed; anonymised on schedule. */
  let caseA: { caseId: string; caseNumber: string };
  /** Closed at the same moment, on legal hold. */
  let heldCase: { id: string; number: string };
  /** Open for ever. */
  let openCase: { id: string; number: string };
  let closedAt: Date;
  const at = (days: number, ms = 0) => new Date(closedAt.getTime() + days * DAY + ms);
  const sweep = () => sweepRetention(runtime, SETTINGS);
  const row = (id: string) => database.prisma.case.findUniqueOrThrow({ where: { id } });

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    ({ runtime, clock } = testRuntime(database.prisma));
    world = await createWorld(database.prisma);
    caseA = await driveCaseToActie5(runtime, clock, world);
    const other = await registerOther(runtime, world, "HF-008");
    const held = await complain(runtime, world, other, "GEHEIM-VASTGEHOUDEN klacht");
    heldCase = { id: held.id, number: held.number };
    closedAt = clock.now();
    const close = (caseId: string, text: string) =>
      handleCaseEvent(runtime, caseId, {
        type: "closed",
        actor: world.actor(world.worker),
        reason: "other",
        text,
      });
    await close(caseA.caseId, "GEHEIM-SLUITING: verhuisd naar een andere woning");
    await close(heldCase.id, "GEHEIM-SLUITING-B");
    await setLegalHold(
      runtime,
      world.actor(world.coordinator),
      heldCase.number,
      "Procedure ontbinding loopt",
    );
    const open = await complain(runtime, world, other, "GEHEIM-OPEN klacht");
    openCase = { id: open.id, number: open.number };
  });
  afterAll(() => database.destroy());

  it("a legal hold is set by a coordinator or an admin only, with a reason, and lands in the timeline", async () => {
    await expect(
      setLegalHold(runtime, world.actor(world.worker), caseA.caseNumber, "Zomaar"),
    ).rejects.toBeInstanceOf(FlowError);
    await expect(
      setLegalHold(runtime, world.actor(world.landlordStaff), caseA.caseNumber, "Zomaar"),
    ).rejects.toBeInstanceOf(FlowError);
    await expect(
      setLegalHold(runtime, world.actor(world.coordinator), caseA.caseNumber, "  "),
    ).rejects.toThrow(LegalHoldRefused);
    await expect(
      setLegalHold(runtime, world.actor(world.coordinator), heldCase.number, "Nog een keer"),
    ).rejects.toMatchObject({ code: "alreadyHeld" });
    const held = await row(heldCase.id);
    expect(held.legalHoldReason).toBe("Procedure ontbinding loopt");
    expect(held.legalHoldById).toBe(world.coordinator.id);
    const entry = (await timelineOf(database.prisma, heldCase.id)).at(-1)!;
    expect(entry).toMatchObject({
      event: "legalHold.set",
      actorId: world.coordinator.id,
      details: { reason: "Procedure ontbinding loopt" },
    });
  });

  it("nothing is anonymised a millisecond before the care period is over", async () => {
    const before = await footprint(database.prisma, caseA.caseId);
    for (const secret of CARE_SECRETS) expect(before).toContain(secret);
    clock.set(at(SETTINGS.careDays, -1));
    expect(await sweep()).toEqual({ anonymised: 0, skipped: 0, failed: 0 });
    expect(await footprint(database.prisma, caseA.caseId)).toBe(before);
    expect((await row(caseA.caseId)).careAnonymisedAt).toBeNull();
  });

  it("care data goes exactly when the care period is over; housing data stays", async () => {
    clock.set(at(SETTINGS.careDays));
    expect(await sweep()).toEqual({ anonymised: 1, skipped: 0, failed: 0 });
    const after = await footprint(database.prisma, caseA.caseId);
    for (const secret of CARE_SECRETS) expect(after).not.toContain(secret);
    for (const secret of HOUSING_SECRETS) expect(after).toContain(secret);
    // The care-only file is deleted with the care data; the shared one stays with the housing data.
    expect(
      (await database.prisma.correspondenceFile.findMany({ where: { caseId: caseA.caseId } })).map(
        (file) => file.fileName,
      ),
    ).toEqual([SHARED_FILE.name]);
    const anonymised = await row(caseA.caseId);
    expect(anonymised.careAnonymisedAt).toEqual(at(SETTINGS.careDays));
    expect(anonymised.anonymisedAt).toBeNull();
    expect(anonymised.participantId).not.toBeNull();
    expect(await database.prisma.assessment.count({ where: { caseId: caseA.caseId } })).toBe(0);
    const last = (await timelineOf(database.prisma, caseA.caseId)).at(-1)!;
    expect(last).toMatchObject({
      event: "case.anonymised",
      actorId: "system",
      visibility: "shared",
      at: at(SETTINGS.careDays).toISOString(),
      details: { part: "care", retentionDays: SETTINGS.careDays },
    });
  });

  it("running again changes nothing more", async () => {
    const before = await footprint(database.prisma, caseA.caseId);
    clock.advance(DAY);
    expect(await sweep()).toEqual({ anonymised: 0, skipped: 0, failed: 0 });
    expect(await footprint(database.prisma, caseA.caseId)).toBe(before);
  });

  it("housing data stays until a millisecond before the housing period is over", async () => {
    const before = await footprint(database.prisma, caseA.caseId);
    clock.set(at(SETTINGS.housingDays, -1));
    expect(await sweep()).toEqual({ anonymised: 0, skipped: 0, failed: 0 });
    expect(await footprint(database.prisma, caseA.caseId)).toBe(before);
  });

  it("housing data and the link to the participant go exactly when the housing period is over", async () => {
    clock.set(at(SETTINGS.housingDays));
    expect(await sweep()).toEqual({ anonymised: 1, skipped: 0, failed: 0 });
    const after = await footprint(database.prisma, caseA.caseId);
    for (const secret of [...CARE_SECRETS, ...HOUSING_SECRETS]) expect(after).not.toContain(secret);
    expect(await database.prisma.correspondenceFile.count({ where: { caseId: caseA.caseId } })).toBe(0);
    const anonymised = await row(caseA.caseId);
    expect(anonymised.anonymisedAt).toEqual(at(SETTINGS.housingDays));
    expect(anonymised.participantId).toBeNull();
    expect(
      await database.prisma.complaint.count({
        where: { caseId: caseA.caseId, participantId: { not: null } },
      }),
    ).toBe(0);
    expect(
      await database.prisma.complainantIdentity.count({ where: { complaint: { caseId: caseA.caseId } } }),
    ).toBe(0);
    // The skeleton stays: complaints, letters sent, deadlines, the timeline.
    const state = anonymised.state as { complaints: { type: string }[]; ladder: { letters: unknown[] } };
    expect(state.complaints.map((c) => c.type)).toEqual(["noise", "noise"]);
    expect(state.ladder.letters).toHaveLength(3);
    const timeline = await timelineOf(database.prisma, caseA.caseId);
    expect(timeline.filter((e) => e.event === "case.anonymised").map((e) => e.details)).toMatchObject([
      { part: "care" },
      { part: "housing", retentionDays: SETTINGS.housingDays },
    ]);
    expect(findChainBreak(timeline)).toBeNull();
    clock.advance(30 * DAY);
    expect(await sweep()).toEqual({ anonymised: 0, skipped: 0, failed: 0 });
    expect(await footprint(database.prisma, caseA.caseId)).toBe(after);
  });

  it("open cases are never anonymised, however old", async () => {
    clock.set(at(SETTINGS.housingDays * 3));
    await sweep();
    const open = await row(openCase.id);
    expect(open.careAnonymisedAt).toBeNull();
    expect(open.anonymisedAt).toBeNull();
    expect(await footprint(database.prisma, openCase.id)).toContain("GEHEIM-OPEN klacht");
  });

  it("a legal hold stops it; lifting the hold lets the next run anonymise what is due", async () => {
    const held = await row(heldCase.id);
    expect(held.careAnonymisedAt).toBeNull();
    expect(held.anonymisedAt).toBeNull();
    const before = await footprint(database.prisma, heldCase.id);
    expect(before).toContain("GEHEIM-VASTGEHOUDEN");
    await expect(
      liftLegalHold(runtime, world.actor(world.worker), heldCase.number, "Klaar"),
    ).rejects.toBeInstanceOf(FlowError);
    await liftLegalHold(runtime, world.actor(world.careAdmin), heldCase.number, "Uitspraak gedaan");
    await expect(
      liftLegalHold(runtime, world.actor(world.careAdmin), heldCase.number, "Nog eens"),
    ).rejects.toMatchObject({ code: "notHeld" });
    expect(await sweep()).toEqual({ anonymised: 1, skipped: 0, failed: 0 });
    const after = await footprint(database.prisma, heldCase.id);
    expect(after).not.toContain("GEHEIM-VASTGEHOUDEN");
    expect(after).not.toContain("Buurman Anders");
    expect(after).not.toContain("Procedure ontbinding loopt");
    const anonymised = await row(heldCase.id);
    expect(anonymised.careAnonymisedAt).not.toBeNull();
    expect(anonymised.anonymisedAt).not.toBeNull();
    const events = (await timelineOf(database.prisma, heldCase.id)).map((e) => e.event);
    expect(events.slice(-3)).toEqual(["legalHold.set", "legalHold.lifted", "case.anonymised"]);
    await expect(
      setLegalHold(runtime, world.actor(world.coordinator), heldCase.number, "Te laat"),
    ).rejects.toMatchObject({ code: "anonymised" });
  });

  describe("the dossier of an anonymised case", () => {
    let landlord: DossierJson;
    let care: DossierJson;
    const visible = (d: DossierJson) =>
      d.timeline.entries.filter((e): e is DossierTimelineEntry => "event" in e);

    beforeAll(async () => {
      const viewer = (member: World["worker"]) => ({ actor: world.actor(member), now: clock.now() });
      landlord = await buildDossier(database.prisma, caseA.caseId, "landlord", viewer(world.landlordStaff));
      care = await buildDossier(database.prisma, caseA.caseId, "careTeam", viewer(world.worker));
    });

    it("still verifies in both versions, and holds nothing personal", () => {
      for (const dossier of [landlord, care]) {
        expect(verifyDossier(dossier)).toMatchObject({ ok: true, entries: dossier.timeline.length });
        const text = JSON.stringify(dossier);
        for (const secret of [...CARE_SECRETS, ...HOUSING_SECRETS]) expect(text).not.toContain(secret);
      }
      expect(visible(care).some((e) => e.redacted && Object.keys(e.redacted).length > 0)).toBe(true);
      expect(landlord.participant.reference).toBe("");
      expect(landlord.participant.dwelling).toBeNull();
    });

    it("stays meaningful: a changed kept value or a changed digest of a removed one breaks it", () => {
      const copy = (): DossierJson => JSON.parse(JSON.stringify(care));
      const changedValue = copy();
      const letter = visible(changedValue).find((e) => e.event === "letter.recorded")!;
      letter.details.registered = !letter.details.registered;
      expect(verifyDossier(changedValue)).toMatchObject({
        ok: false,
        seq: letter.seq,
        reason: "content was changed",
      });

      const changedDigest = copy();
      const hearing = visible(changedDigest).find((e) => e.event === "hearing.recorded")!;
      expect(hearing.details.notes).toBeNull();
      hearing.redacted!.notes = "0".repeat(64);
      expect(verifyDossier(changedDigest)).toMatchObject({ ok: false, seq: hearing.seq });

      const restored = copy();
      const again = visible(restored).find((e) => e.event === "hearing.recorded")!;
      // Putting a value back without its salt does not pass either.
      again.details.notes = "verzonnen notitie";
      delete again.redacted!.notes;
      expect(verifyDossier(restored)).toMatchObject({ ok: false, seq: again.seq });
    });
  });
});

describe.each(TEST_DATABASE_KINDS)("the retention sweep in the scheduler tick on %s", (kind) => {
  let database: TestDatabase;
  const settings: RetentionSettings = { careDays: 1, housingDays: 3 };

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.destroy());

  it("runs once a day by the runtime's clock", async () => {
    const { runtime, clock } = testRuntime(database.prisma);
    const world = await createWorld(database.prisma);
    const participant = await registerOther(runtime, world, "HF-100");
    const opened = await complain(runtime, world, participant, "GEHEIM-TICK klacht");
    await handleCaseEvent(runtime, opened.id, {
      type: "closed",
      actor: world.actor(world.worker),
      reason: "other",
      text: "GEHEIM-TICK sluiting",
    });
    const closed = clock.now();
    const scheduler = createScheduler({
      runtime,
      delivery: { ports: { slack: new MemoryChat() }, instanceId: "tick-test" },
      instanceId: "tick-test",
      cron: null,
      nudgeSettings: {
        overdueGraceHours: 0,
        workingHours: { start: "08:30", end: "17:30" },
      },
      retention: settings,
      logger: createLogger("silent"),
    });
    try {
      const status = () => database.prisma.case.findUniqueOrThrow({ where: { id: opened.id } });
      clock.set(new Date(closed.getTime() + 3600_000));
      await scheduler.tick(); // runs: nothing due yet; the next run is a day later
      clock.set(new Date(closed.getTime() + DAY));
      await scheduler.tick(); // care is due, but the day is not over
      expect((await status()).careAnonymisedAt).toBeNull();
      clock.set(new Date(closed.getTime() + DAY + 3600_000));
      await scheduler.tick();
      expect((await status()).careAnonymisedAt).not.toBeNull();
      expect((await status()).anonymisedAt).toBeNull();
      clock.set(new Date(closed.getTime() + 4 * DAY));
      await scheduler.tick();
      expect((await status()).anonymisedAt).not.toBeNull();
      expect(await footprint(database.prisma, opened.id)).not.toContain("GEHEIM-TICK");
    } finally {
      await scheduler.stop();
    }
  });
});

describe.runIf(TEST_DATABASE_KINDS.includes("postgresql"))("three instances anonymising at once", () => {
  it("anonymise each part of each case once", async () => {
    const { url, drop } = await createPostgresDatabase();
    const clock = new ManualClock(MONDAY_MORNING);
    const instances = await Promise.all([1, 2, 3].map(() => openDatabase({ url })));
    try {
      await instances[0]!.migrate();
      const runtimes = instances.map((database) =>
        createRuntime({
          prisma: database.prisma,
          clock,
          logger: createLogger("silent"),
          platforms: ["slack"],
          nudges: nudgePlanner(),
        }),
      );
      const runtime = runtimes[0]!;
      const world = await createWorld(runtime.prisma);
      const ids: string[] = [];
      for (let index = 0; index < 6; index++) {
        const participant = await registerOther(runtime, world, `HF-${700 + index}`);
        const opened = await complain(runtime, world, participant, `GEHEIM-${index}`);
        await handleCaseEvent(runtime, opened.id, {
          type: "closed",
          actor: world.actor(world.worker),
          reason: "other",
          text: "Afgesloten",
        });
        ids.push(opened.id);
      }
      const settings: RetentionSettings = { careDays: 10, housingDays: 20 };
      const closedAt = clock.now().getTime();
      for (const days of [10, 20]) {
        clock.set(new Date(closedAt + days * DAY));
        const reports = await Promise.all(runtimes.map((r) => sweepRetention(r, settings)));
        expect(reports.reduce((sum, report) => sum + report.anonymised, 0)).toBe(ids.length);
        expect(reports.every((report) => report.failed === 0)).toBe(true);
      }
      for (const id of ids) {
        const timeline = await runtime.prisma.timelineEntry.findMany({
          where: { subject: `case:${id}`, event: "case.anonymised" },
        });
        expect(timeline.map((entry) => (entry.details as { part: string }).part).sort()).toEqual([
          "care",
          "housing",
        ]);
      }
    } finally {
      await Promise.all(instances.map((database) => database.close()));
      await drop();
    }
  });
});
