/**
 * Files waiting for a person's consent in Teams, in the database: bounded, short-lived, only for
 * that person, once — also when two instances take the same offer at once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PendingFiles } from "../../../src/bot/teams/pending-files.ts";
import type { PrivateFile } from "../../../src/services/interactions/types.ts";
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from "../../helpers/databases.ts";

const file = (name: string): PrivateFile => ({
  filename: name,
  title: name,
  contentType: "application/pdf",
  body: Buffer.from("%PDF-1.7"),
});

describe.each(TEST_DATABASE_KINDS)("PendingFiles (%s)", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  }, 120_000);
  afterAll(() => db?.destroy());
  const clear = () => db.prisma.pendingFile.deleteMany();

  it("gives the file once, and only to the person it was made for", async () => {
    await clear();
    const pending = new PendingFiles(db.prisma);
    const id = await pending.add("aad-anna", file("a.pdf"), "nl");
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await pending.take(id, "aad-petra")).toBeNull();
    const taken = await pending.take(id, "aad-anna");
    expect(taken).toMatchObject({ aadObjectId: "aad-anna", locale: "nl", file: { filename: "a.pdf" } });
    expect(taken?.file.body.toString("latin1")).toBe("%PDF-1.7");
    expect(await pending.take(id, "aad-anna")).toBeNull();
    expect(await pending.take("made-up", "aad-anna")).toBeNull();
  });

  it("two instances taking the same offer at once: exactly one gets it", async () => {
    await clear();
    const one = new PendingFiles(db.prisma);
    const two = new PendingFiles(db.prisma);
    const id = await one.add("aad-anna", file("a.pdf"), "nl");
    const taken = await Promise.all([one.take(id, "aad-anna"), two.take(id, "aad-anna")]);
    expect(taken.filter(Boolean)).toHaveLength(1);
  });

  it("forgets an offer after its time", async () => {
    await clear();
    let now = Date.parse("2026-11-23T09:00:00Z");
    const pending = new PendingFiles(db.prisma, { ttlMs: 60_000, now: () => now });
    const id = await pending.add("aad-anna", file("a.pdf"), "en");
    now += 59_999;
    expect(await pending.size()).toBe(1);
    now += 1;
    expect(await pending.take(id, "aad-anna")).toBeNull();
    expect(await pending.size()).toBe(0);
  });

  it("keeps at most `max` files, dropping the oldest first", async () => {
    await clear();
    let now = Date.parse("2026-11-23T09:00:00Z");
    const pending = new PendingFiles(db.prisma, { max: 2, now: () => now++ });
    const first = await pending.add("aad-anna", file("1.pdf"), "nl");
    const second = await pending.add("aad-anna", file("2.pdf"), "nl");
    const third = await pending.add("aad-anna", file("3.pdf"), "nl");
    expect(await pending.size()).toBe(2);
    expect(await pending.take(first, "aad-anna")).toBeNull();
    expect((await pending.take(second, "aad-anna"))?.file.filename).toBe("2.pdf");
    await pending.drop([third]);
    expect(await pending.size()).toBe(0);
  });
});
