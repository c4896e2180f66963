/**
 * Text that a person or a landlord's system typed is matched literally, ignoring case only: `%`,
 * `_` and `\` in a participant reference or a member's display name never match anything but
 * themselves. (Prisma's case-insensitive `equals` is PostgreSQL's ILIKE, where `%` and `_` are
 * wildcards: `"participant": "%"` used to file a complaint on a participant nobody named.)
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findParticipantsByReference as intakeLookup } from "../../../src/store/api-keys/intake-lookups.ts";
import { findMembersByHandle } from "../../../src/store/members/members.ts";
import { findParticipantByReference } from "../../../src/store/participants/participant-repository.ts";
import { findParticipantsByReference as exportLookup } from "../../../src/store/privacy/participant-records.ts";
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from "../../helpers/databases.ts";

/** The characters with a meaning in a LIKE pattern, a letter in both cases, and a plain one. */
const ALPHABET = ["a", "A", "%", "_", "\\", "-"];

/** Every reference of one to three characters over a, %, _, \ and - (lower case only). */
function storedReferences(): string[] {
  const chars = ["a", "%", "_", "\\", "-"];
  let level = [""];
  const all: string[] = [];
  for (let length = 1; length <= 3; length++) {
    level = level.flatMap((prefix) => chars.map((c) => prefix + c));
    all.push(...level);
  }
  return all;
}

describe.each(TEST_DATABASE_KINDS)("literal, case-insensitive text matching on %s", (kind) => {
  let db: TestDatabase;
  let careProviderId: string;
  const references = [...storedReferences(), "HF-001", "HF-002"];

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const careProvider = await db.prisma.organisation.create({
      data: { kind: "careProvider", name: "Zorg" },
    });
    const landlord = await db.prisma.organisation.create({ data: { kind: "landlord", name: "Woon" } });
    careProviderId = careProvider.id;
    await db.prisma.participant.createMany({
      data: references.map((reference) => ({
        reference,
        careProviderId: careProvider.id,
        landlordId: landlord.id,
        state: {},
      })),
    });
    await db.prisma.member.createMany({
      data: ["Sanne", "S%nne", "S_nne", "100%", "a\\b"].map((displayName) => ({
        organisationId: careProvider.id,
        role: "careTeamMember" as const,
        displayName,
      })),
    });
  }, 60_000);
  afterAll(() => db.destroy());

  const expected = (input: string) =>
    references.filter((reference) => reference.toLowerCase() === input.trim().toLowerCase()).sort();

  it("a reference made of %, _ and \\ never matches anything but itself (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 4 }).map((chars) => chars.join("")),
        async (input) => {
          const wanted = expected(input);
          const intake = (await intakeLookup(db.prisma, input)).map((row) => row.reference).sort();
          const exported = (await exportLookup(db.prisma, input)).map((row) => row.reference).sort();
          expect(intake).toEqual(wanted);
          expect(exported).toEqual(wanted);
          const one = await findParticipantByReference(db.prisma, [careProviderId], input);
          expect(one !== null).toBe(wanted.length > 0);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("the references seen filing complaints on a participant nobody named match nothing", async () => {
    for (const input of ["H%", "_F-001", "HF-00_", "HF%", "%F-001", "HF-\\001"]) {
      expect(await intakeLookup(db.prisma, input)).toEqual([]);
      expect(await exportLookup(db.prisma, input)).toEqual([]);
      expect(await findParticipantByReference(db.prisma, [careProviderId], input)).toBeNull();
    }
    // "%" names the participant whose reference is "%" and no other.
    expect((await intakeLookup(db.prisma, "%")).map((row) => row.reference)).toEqual(["%"]);
    // Case and surrounding spaces are still forgiven.
    expect((await intakeLookup(db.prisma, " hf-001 ")).map((row) => row.reference)).toEqual(["HF-001"]);
  });

  it("a member's display name with % or _ matches only that name, ignoring case", async () => {
    const names = async (handle: string) =>
      (await findMembersByHandle(db.prisma, handle)).map((m) => m.displayName);
    expect(await names("s%nne")).toEqual(["S%nne"]);
    expect(await names("S_NNE")).toEqual(["S_nne"]);
    expect(await names("%")).toEqual([]);
    expect(await names("S%")).toEqual([]);
    expect(await names("100%")).toEqual(["100%"]);
    expect(await names("A\\B")).toEqual(["a\\b"]);
    expect(await names("sanne")).toEqual(["Sanne"]);
  });
});
