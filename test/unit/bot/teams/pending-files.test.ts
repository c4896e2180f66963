/**
 * Files waiting for a person's consent in Teams: bounded, short-lived, only for that person, once.
 */
import { describe, expect, it } from "vitest";
import { PendingFiles } from "../../../../src/bot/teams/pending-files.ts";
import type { PrivateFile } from "../../../../src/services/interactions/types.ts";

const file = (name: string): PrivateFile => ({
  filename: name,
  title: name,
  contentType: "application/pdf",
  body: Buffer.from("%PDF-1.7"),
});

describe("PendingFiles", () => {
  it("gives the file once, and only to the person it was made for", () => {
    const pending = new PendingFiles();
    const id = pending.add("aad-anna", file("a.pdf"), "nl");
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(pending.take(id, "aad-petra")).toBeNull();
    expect(pending.take(id, "aad-anna")).toMatchObject({ aadObjectId: "aad-anna", locale: "nl" });
    expect(pending.take(id, "aad-anna")).toBeNull();
    expect(pending.take("made-up", "aad-anna")).toBeNull();
  });

  it("forgets an offer after its time", () => {
    let now = 1_000;
    const pending = new PendingFiles({ ttlMs: 60_000, now: () => now });
    const id = pending.add("aad-anna", file("a.pdf"), "en");
    now += 59_999;
    expect(pending.size).toBe(1);
    now += 1;
    expect(pending.take(id, "aad-anna")).toBeNull();
    expect(pending.size).toBe(0);
  });

  it("keeps at most `max` files, dropping the oldest first", () => {
    const pending = new PendingFiles({ max: 2 });
    const first = pending.add("aad-anna", file("1.pdf"), "nl");
    const second = pending.add("aad-anna", file("2.pdf"), "nl");
    const third = pending.add("aad-anna", file("3.pdf"), "nl");
    expect(pending.size).toBe(2);
    expect(pending.take(first, "aad-anna")).toBeNull();
    expect(pending.take(second, "aad-anna")?.file.filename).toBe("2.pdf");
    pending.drop([third]);
    expect(pending.size).toBe(0);
  });
});
