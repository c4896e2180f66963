/**
 * What a deadline's subject is about, for the yearly cooperation meeting: its organisations, the
 * coordinator who owns the meeting and its label; an unknown cooperation is not found.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../../../src/services/errors.ts";
import { loadSubjectInfo } from "../../../src/services/subjects.ts";
import { createOrganisation } from "../../../src/store/members/members.ts";
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from "../../helpers/databases.ts";

describe.each(TEST_DATABASE_KINDS)("subjects (%s)", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database.destroy();
  });

  it("a cooperation subject: the pair's organisations, the coordinator, the label", async () => {
    const careProvider = await createOrganisation(database.prisma, "careProvider", "Zorg");
    const landlord = await createOrganisation(database.prisma, "landlord", "Wonen");
    const id = "7b0c5a52-64a4-4d4e-9a58-6f1f1f2d6a01";
    await database.prisma.cooperation.create({
      data: {
        id,
        careProviderId: careProvider.id,
        landlordId: landlord.id,
        state: {
          cooperationId: id,
          careProviderId: careProvider.id,
          landlordId: landlord.id,
          coordinatorId: "coordinator-1",
          meetingNumber: 1,
          plannedFor: { $date: "2027-01-11T09:00:00.000Z" },
          rescheduleReason: null,
          lastHeld: null,
        },
      },
    });

    const info = await loadSubjectInfo(database.prisma, `cooperation:${id}`);

    expect(info).toMatchObject({
      subject: `cooperation:${id}`,
      careProviderId: careProvider.id,
      landlordId: landlord.id,
      coordinatorId: "coordinator-1",
      landlordContactId: null,
      threadKey: `cooperation:${id}:meeting`,
    });
    expect(info.label("en")).toBe("Yearly cooperation meeting");
    await expect(loadSubjectInfo(database.prisma, "cooperation:unknown")).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
