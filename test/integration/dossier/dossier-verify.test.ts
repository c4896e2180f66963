/**
 * Timeline integrity: `npm run dossier:verify -- <export.json>` proves an exported dossier's
 * timeline is the one Nabuur recorded, and names the entry where a changed, removed or inserted
 * entry breaks the hash chain.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDossier } from "../../../src/services/dossier/build-dossier.ts";
import type { DossierJson, DossierTimelineEntry } from "../../../src/services/dossier/dossier-types.ts";
import { verifyDossier } from "../../../src/services/dossier/verify-dossier.ts";
import { openTestDatabase, type TestDatabase } from "../../helpers/databases.ts";
import { testRuntime } from "../../helpers/runtime.ts";
import { createWorld } from "../../helpers/world.ts";
import { driveCaseToActie5, SHARED_FILE } from "./dossier-scenario.ts";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../../..");

async function verifyCli(path: string, ...files: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const args = ["--import", "tsx", "src/dossier-verify-cli.ts", path, ...files];
    const { stdout } = await run(process.execPath, args, { cwd: ROOT });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

// The chain is the same on every database; one database is enough for the command line.
describe("npm run dossier:verify", () => {
  let database: TestDatabase;
  let dossier: DossierJson;
  let dir: string;
  const save = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(value, null, 2));
    return path;
  };
  const copy = (): DossierJson => JSON.parse(JSON.stringify(dossier));
  const visible = (d: DossierJson) =>
    d.timeline.entries.filter((e): e is DossierTimelineEntry => "event" in e);

  beforeAll(async () => {
    database = await openTestDatabase("pglite");
    const { runtime, clock } = testRuntime(database.prisma);
    const world = await createWorld(database.prisma);
    const { caseId } = await driveCaseToActie5(runtime, clock, world);
    dossier = await buildDossier(database.prisma, caseId, "landlord", {
      actor: world.actor(world.landlordStaff),
      now: clock.now(),
    });
    dir = mkdtempSync(join(tmpdir(), "nabuur-dossier-"));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await database.destroy();
  });

  it("passes on an export: OK with the number of entries, exit code 0", async () => {
    const result = await verifyCli(save("ok.json", dossier));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`OK: ${dossier.timeline.length} entries`);
  });

  it("a changed entry: exit code 1, naming the entry and the reason", async () => {
    const tampered = copy();
    const letter = visible(tampered).find((e) => e.event === "letter.recorded")!;
    letter.details.registered = true;
    const result = await verifyCli(save("changed.json", tampered));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`BROKEN at entry ${letter.seq}: content was changed`);
  });

  it("a changed date or actor is a change too; the readable text is not hashed", () => {
    const moved = copy();
    const entry = visible(moved)[2]!;
    entry.at = "2026-11-01T10:00:00.000Z";
    expect(verifyDossier(moved)).toEqual({ ok: false, seq: entry.seq, reason: "content was changed" });
    const retold = copy();
    visible(retold)[2]!.text = "Iets anders";
    expect(verifyDossier(retold).ok).toBe(true);
  });

  it("a removed entry: the chain names where the gap is", async () => {
    const removed = copy();
    const [gone] = removed.timeline.entries.splice(4, 1);
    const result = await verifyCli(save("removed.json", removed));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`BROKEN at entry ${gone!.seq + 1}: expected entry ${gone!.seq}`);
  });

  it("a withheld entry's hash cannot be swapped, and the last entries cannot be cut off", () => {
    const swapped = copy();
    // Only the last of a run of withheld entries is held by the next shown entry's link.
    const entries = swapped.timeline.entries;
    const index = entries.findIndex(
      (e, i) => "withheld" in e && entries[i + 1] !== undefined && "event" in entries[i + 1]!,
    );
    const withheld = swapped.timeline.entries[index]!;
    withheld.hash = "f".repeat(64);
    const next = swapped.timeline.entries[index + 1]!;
    expect(verifyDossier(swapped)).toEqual({
      ok: false,
      seq: next.seq,
      reason: "previous hash does not match",
    });
    const cut = copy();
    cut.timeline.entries.pop();
    expect(verifyDossier(cut).ok).toBe(false);
  });

  it("a file handed over with the dossier is checked against its listing; a file's hash changed in the listing breaks it", async () => {
    const letter = join(dir, SHARED_FILE.name);
    writeFileSync(letter, SHARED_FILE.text);
    const listed = await verifyCli(save("with-file.json", dossier), letter);
    expect(listed).toEqual({
      code: 0,
      stdout: `OK: ${dossier.timeline.length} entries (${dossier.timeline.withheld} withheld from this version, hashes checked); 1 file(s) listed with the correspondence\n`,
    });
    const other = join(dir, "andere-brief.txt");
    writeFileSync(other, "Een andere brief.");
    const unlisted = await verifyCli(save("with-file.json", dossier), other);
    expect(unlisted.code).toBe(1);
    expect(unlisted.stdout).toMatch(/^NOT IN THE DOSSIER: .*andere-brief\.txt \(SHA-256 [0-9a-f]{64}\)\n$/);
    const forged = copy();
    forged.correspondence.find((item) => item.files.length > 0)!.files[0]!.sha256 = "0".repeat(64);
    expect(verifyDossier(forged)).toEqual({
      ok: false,
      seq: null,
      reason: `the hash of file ${SHARED_FILE.name} is not in the timeline`,
    });
  });

  it("a file that is not a dossier is refused", () => {
    expect(verifyDossier({ hello: "world" })).toMatchObject({ ok: false, seq: null });
  });
});
