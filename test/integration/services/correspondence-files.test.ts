/**
 * The service that keeps a correspondence item's file (src/services/dossier/correspondence-file-
 * service.ts) on a real database: who may keep a file with which item is checked before anything
 * is downloaded; a file announced too large or of another kind is never downloaded; a download past
 * the bound or one that fails is refused by name; nothing is stored for a refused file and the
 * item stays as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORRESPONDENCE_FILE_MAX_BYTES } from "../../../src/flows/dossier/correspondence-file.ts";
import { attachCorrespondenceFile } from "../../../src/services/dossier/correspondence-file-service.ts";
import { recordCorrespondence } from "../../../src/services/dossier/correspondence-service.ts";
import type { IncomingFile } from "../../../src/services/interactions/types.ts";
import type { ServiceRuntime } from "../../../src/services/runtime.ts";
import { openTestDatabase, type TestDatabase } from "../../helpers/databases.ts";
import { fileNoiseComplaint, registerWorldParticipant } from "../../helpers/procedure.ts";
import { testRuntime } from "../../helpers/runtime.ts";
import { createWorld, type World } from "../../helpers/world.ts";

const PDF = Buffer.from("%PDF-1.4 brief", "latin1");

/** A file as a platform hands it over; `downloads` counts how often its bytes were asked for. */
function given(name: string, bytes: Buffer | null | Error, size: number | null = null) {
  const file = {
    downloads: 0,
    name,
    size,
    async read() {
      file.downloads++;
      if (bytes instanceof Error) throw bytes;
      return bytes;
    },
  } satisfies IncomingFile & { downloads: number };
  return file;
}

describe("keeping a correspondence item's file", () => {
  let database: TestDatabase;
  let runtime: ServiceRuntime;
  let world: World;
  let shared: string;
  let careOnly: string;
  const files = () => database.prisma.correspondenceFile.count();

  beforeAll(async () => {
    database = await openTestDatabase("pglite");
    ({ runtime } = testRuntime(database.prisma));
    world = await createWorld(database.prisma);
    const participantId = await registerWorldParticipant(runtime, world, "HF-S01");
    const opened = await fileNoiseComplaint(runtime, world, participantId);
    const item = (careOnlyItem: boolean) =>
      recordCorrespondence(runtime, world.actor(world.worker), opened.id, {
        party: careOnlyItem ? "Behandelaar" : "Gemeente",
        direction: "incoming",
        summary: "Brief",
        at: new Date("2026-11-20T10:00:00Z"),
        careOnly: careOnlyItem,
      });
    shared = (await item(false)).id;
    careOnly = (await item(true)).id;
  });
  afterAll(() => database.destroy());

  it("landlord staff cannot keep a file with a care-only item: refused before the download", async () => {
    const file = given("behandelplan.pdf", PDF);
    await expect(
      attachCorrespondenceFile(runtime, world.actor(world.landlordStaff), careOnly, file),
    ).rejects.toMatchObject({ code: "policy.denied" });
    expect(file.downloads).toBe(0);
    expect(await files()).toBe(0);
  });

  it("a file announced too large, or of another kind, is never downloaded", async () => {
    const large = given("scan.pdf", PDF, CORRESPONDENCE_FILE_MAX_BYTES + 1);
    const audio = given("opname.mp3", Buffer.from("ID3"));
    const actor = world.actor(world.worker);
    expect(await attachCorrespondenceFile(runtime, actor, shared, large)).toEqual({
      stored: false,
      fileName: "scan.pdf",
      refusal: { reason: "tooLarge", size: CORRESPONDENCE_FILE_MAX_BYTES + 1 },
    });
    expect(await attachCorrespondenceFile(runtime, actor, shared, audio)).toMatchObject({
      stored: false,
      refusal: { reason: "type", extension: "mp3" },
    });
    expect([large.downloads, audio.downloads]).toEqual([0, 0]);
    expect(await files()).toBe(0);
  });

  it("a download past the bound, or one that fails, is refused by name and stores nothing", async () => {
    const actor = world.actor(world.worker);
    expect(await attachCorrespondenceFile(runtime, actor, shared, given("scan.pdf", null))).toEqual({
      stored: false,
      fileName: "scan.pdf",
      refusal: { reason: "tooLarge", size: null },
    });
    expect(
      await attachCorrespondenceFile(runtime, actor, shared, given("scan.pdf", new Error("HTTP 403"))),
    ).toEqual({ stored: false, fileName: "scan.pdf", refusal: { reason: "unavailable" } });
    expect(await files()).toBe(0);
  });

  it("a care team member keeps a file with a care-only item: care-only too, and in the timeline", async () => {
    const outcome = await attachCorrespondenceFile(
      runtime,
      world.actor(world.worker),
      careOnly,
      given("behandelplan.pdf", PDF),
    );
    expect(outcome).toMatchObject({ stored: true, fileName: "behandelplan.pdf", size: PDF.length });
    const row = await database.prisma.correspondenceFile.findFirstOrThrow();
    expect(row.visibility).toBe("careTeam");
    const entry = await database.prisma.timelineEntry.findFirstOrThrow({
      where: { event: "correspondence.fileAttached" },
    });
    expect(entry.visibility).toBe("careTeam");
    expect(entry.details).toMatchObject({ fileId: row.id, sha256: row.sha256, correspondenceId: careOnly });
  });
});
