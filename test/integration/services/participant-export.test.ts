/**
 * AVG inzage and dataportabiliteit: `npm run export:participant -- <ref>` gives everything held
 * about one participant (record, cases, complaints, signals, timelines, deadlines, letters,
 * correspondence, access log) and nothing of another participant or of the complainants, and
 * the export itself lands in the access log.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FlowError } from "../../../src/flows/errors.ts";
import type { ManualClock } from "../../../src/services/clock.ts";
import {
  exportParticipant,
  type ParticipantExport,
} from "../../../src/services/privacy/export-participant.ts";
import type { ServiceRuntime } from "../../../src/services/runtime.ts";
import { logSignal } from "../../../src/services/signal-service.ts";
import { openDatabase } from "../../../src/store/database.ts";
import { findChainBreak } from "../../../src/store/timeline/hash.ts";
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from "../../helpers/databases.ts";
import { fileWorldComplaint, registerWorldParticipant } from "../../helpers/procedure.ts";
import { testRuntime } from "../../helpers/runtime.ts";
import { createWorld, type World } from "../../helpers/world.ts";
import {
  CARE_SECRETS,
  COMPLAINANT_CONTACT,
  COMPLAINANT_NAME,
  driveCaseToActie5,
} from "../dossier/dossier-scenario.ts";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../../..");

/** Another participant of the same landlord, marked so that any of it in an export shows. */
const registerOther = (runtime: ServiceRuntime, world: World, reference: string) =>
  registerWorldParticipant(runtime, world, reference, {
    dwelling: "ANDERE-DEELNEMER Oudegracht 8, Utrecht",
    leaseType: "intermediary",
  });

/** A complaint with a named complainant, whose identity an export leaves out. */
const complain = (runtime: ServiceRuntime, world: World, participantId: string, description: string) =>
  fileWorldComplaint(runtime, world, participantId, {
    type: "visitors",
    description,
    hoursAgo: 3,
    afterTen: false,
    complainant: { name: "ANDERE-DEELNEMER buurman", contact: "b@example.org" },
  });

async function signal(runtime: ServiceRuntime, world: World, participantId: string, description: string) {
  return logSignal(runtime, world.actor(world.landlordStaff), {
    participantId,
    kind: "missedRent",
    source: "landlord",
    description,
    observedAt: runtime.clock.now(),
    followUpOwner: null,
  });
}

describe.each(TEST_DATABASE_KINDS)("exporting everything held about a participant on %s", (kind) => {
  let database: TestDatabase;
  let runtime: ServiceRuntime;
  let clock: ManualClock;
  let world: World;
  let caseA: { caseId: string; caseNumber: string };
  let participantA: string;
  let other: { participantId: string; caseId: string; signalId: string };
  let exported: ParticipantExport;
  let text: string;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    ({ runtime, clock } = testRuntime(database.prisma));
    world = await createWorld(database.prisma);
    caseA = await driveCaseToActie5(runtime, clock, world);
    participantA = (await database.prisma.case.findUniqueOrThrow({ where: { id: caseA.caseId } }))
      .participantId!;
    await signal(runtime, world, participantA, "Huur van december niet betaald");
    const b = await registerOther(runtime, world, "HF-008");
    const bCase = await complain(runtime, world, b, "ANDERE-DEELNEMER klacht over bezoek");
    const bSignal = await signal(runtime, world, b, "ANDERE-DEELNEMER signaal");
    other = { participantId: b, caseId: bCase.id, signalId: bSignal.signalId };
    exported = await exportParticipant(runtime, participantA, {
      requestedBy: world.actor(world.coordinator),
    });
    text = JSON.stringify(exported);
  });
  afterAll(() => database.destroy());

  it("holds the participant's record, cases, complaints, letters, correspondence, signals and care data", () => {
    expect(exported).toMatchObject({ format: "nabuur.participantExport", version: 1, locale: "nl" });
    expect(exported.participant).toMatchObject({ id: participantA, reference: "HF-007" });
    expect(exported.participant.tenancies.map((t) => t.dwelling)).toEqual(["Biltstraat 7, 3572 AB Utrecht"]);
    expect(exported.participant.timeline.map((e) => e.event)).toContain("participant.registered");
    expect(exported.participant.deadlines).toHaveLength(8);
    expect(exported.cases.map((c) => c.id)).toEqual([caseA.caseId]);
    const [theCase] = exported.cases;
    expect(theCase!.complaints).toHaveLength(2);
    expect(theCase!.complaints[0]).toMatchObject({
      description: "Harde muziek na middernacht, drie nachten achter elkaar.",
      complainantIdentityHeld: true,
    });
    expect(theCase!.letters.map((letter) => letter.kind)).toEqual(["warning", "secondWarning", "summons"]);
    expect(theCase!.letters[0]!.body).toContain("J. de Vries");
    expect(theCase!.correspondence.map((c) => c.party)).toEqual([
      "Wijkagent Utrecht-Oost",
      "Behandelaar GGZ",
    ]);
    expect(theCase!.actions.length).toBeGreaterThan(0);
    expect(theCase!.assessments.length).toBe(2);
    expect(theCase!.deadlines.length).toBeGreaterThan(0);
    // The participant's own care data belongs to them too.
    for (const secret of CARE_SECRETS) expect(text).toContain(secret);
    expect(exported.signals.map((s) => (s.state as { description: string }).description)).toEqual([
      "Huur van december niet betaald",
    ]);
    expect(exported.people[world.worker.id]).toEqual({
      name: "Sanne (begeleider)",
      role: "careTeamMember",
      organisation: "Housing First Utrecht",
    });
  });

  it("keeps each timeline's hash chain, with a readable text per entry", () => {
    const timeline = exported.cases[0]!.timeline;
    expect(timeline.length).toBeGreaterThan(20);
    expect(timeline.every((entry) => entry.text.length > 0)).toBe(true);
    expect(findChainBreak(timeline.map((entry) => ({ ...entry, at: entry.at.toISOString() })))).toBeNull();
  });

  it("holds nothing of another participant and not the complainants' identities", () => {
    for (const foreign of [
      other.participantId,
      other.caseId,
      other.signalId,
      "HF-008",
      "ANDERE-DEELNEMER",
      COMPLAINANT_NAME,
      COMPLAINANT_CONTACT,
    ]) {
      expect(text).not.toContain(foreign);
    }
  });

  it("is written to the access log of the participant and of every case and signal it holds", async () => {
    const logged = await database.prisma.accessLog.findMany({ where: { action: "participant.export" } });
    const subjects = [
      `participant:${participantA}`,
      `case:${caseA.caseId}`,
      `signal:${exported.signals[0]!.id}`,
    ];
    expect(logged.map((entry) => entry.subject).sort()).toEqual(subjects.sort());
    expect(logged.every((entry) => entry.memberId === world.coordinator.id)).toBe(true);
    // Logged before reading: the export shows its own access.
    expect(exported.participant.accessLog.map((entry) => entry.action)).toEqual(["participant.export"]);
  });

  it("is for the care provider's coordinator: a support worker or landlord staff is refused", async () => {
    for (const member of [world.worker, world.landlordStaff, world.otherLandlordStaff]) {
      await expect(
        exportParticipant(runtime, participantA, { requestedBy: world.actor(member) }),
      ).rejects.toBeInstanceOf(FlowError);
    }
    expect(await database.prisma.accessLog.count({ where: { action: "participant.export" } })).toBe(3);
  });
});

// The command line on the embedded database (the export itself is tested on both databases above).
describe("npm run export:participant and npm run admin -- hold", () => {
  let dir: string;
  let caseNumber: string;
  const env = () => ({ ...process.env, DATA_DIR: dir, DATABASE_URL: "", LOG_LEVEL: "silent" });
  const cli = async (script: string, args: string[]) => {
    try {
      const { stdout } = await run(process.execPath, ["--import", "tsx", script, ...args], {
        cwd: ROOT,
        env: env(),
        maxBuffer: 20 * 1024 * 1024,
      });
      return { code: 0, stdout, stderr: "" };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "nabuur-export-"));
    const database = await openDatabase({ dataDir: dir });
    try {
      await database.migrate();
      const { runtime } = testRuntime(database.prisma);
      const world = await createWorld(database.prisma);
      const a = await registerOther(runtime, world, "HF-CLI");
      caseNumber = (await complain(runtime, world, a, "Veel bezoek 's nachts")).number;
    } finally {
      await database.close();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Each command starts Node, tsx and the embedded database: slow on a busy machine.
  it("writes the export to --out or stdout and logs each export", async () => {
    const out = join(dir, "export.json");
    const result = await cli("src/participant-export-cli.ts", ["hf-cli", "--out", out, "--by", "UCOORD"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^wrote everything held about HF-CLI \(1 case\(s\), 0 signal\(s\)\) to /);
    const exported = JSON.parse(readFileSync(out, "utf8")) as ParticipantExport;
    expect(exported.participant.reference).toBe("HF-CLI");
    expect(exported.cases[0]!.accessLog.map((entry) => entry.action)).toEqual(["participant.export"]);

    const stdout = await cli("src/participant-export-cli.ts", ["HF-CLI", "--lang", "en"]);
    const again = JSON.parse(stdout.stdout) as ParticipantExport;
    expect(again.locale).toBe("en");
    expect(again.participant.accessLog.map((entry) => entry.action)).toEqual([
      "participant.export",
      "participant.export.cli",
    ]);
  }, 240_000);

  it("sets and lists a legal hold by the member named with --by", async () => {
    const denied = await cli("src/admin-cli.ts", [
      "hold",
      "set",
      caseNumber,
      "Rechtszaak",
      "--by",
      "UWORKER",
    ]);
    expect(denied.code).toBe(1);
    expect(denied.stderr).toMatch(/^nabuur: Alleen de coördinator of de beheerder kan een bewaarplicht/);
    const set = await cli("src/admin-cli.ts", ["hold", "set", caseNumber, "Rechtszaak", "--by", "UCOORD"]);
    expect(set.stdout).toContain(`legal hold set on case ${caseNumber}`);
    const list = await cli("src/admin-cli.ts", ["hold", "list"]);
    expect(list.stdout).toMatch(new RegExp(`case ${caseNumber} .* by Karim \\(coördinator\\)  Rechtszaak`));
  }, 240_000);
});
