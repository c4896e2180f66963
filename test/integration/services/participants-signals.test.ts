import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FlowError } from "../../../src/flows/errors.ts";
import { handleParticipantEvent, registerParticipant } from "../../../src/services/participant-service.ts";
import { handleSignalEvent, logSignal } from "../../../src/services/signal-service.ts";
import { findChainBreak } from "../../../src/store/timeline/hash.ts";
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from "../../helpers/databases.ts";
import { testRuntime } from "../../helpers/runtime.ts";
import { createWorld, type World } from "../../helpers/world.ts";

describe.each(TEST_DATABASE_KINDS)("participants and signals on %s", (kind) => {
  let db: TestDatabase;
  let world: World;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    world = await createWorld(db.prisma);
  });
  afterAll(() => db.destroy());

  const details = () => ({
    reference: "HF-001",
    careProviderId: world.careProvider.id,
    landlordId: world.landlord.id,
    dwelling: "Kanaalstraat 1, Utrecht",
    leaseType: "own" as const,
    supportWorkerId: world.worker.id,
    landlordContactId: world.landlordStaff.id,
    coordinatorId: world.coordinator.id,
  });

  it("Preventie: registering a participant writes state, eight onboarding deadlines, a timeline and the checklist card", async () => {
    const { runtime } = testRuntime(db.prisma);
    const state = await registerParticipant(runtime, world.actor(world.worker), details());
    const subject = `participant:${state.participantId}`;
    const deadlines = await db.prisma.deadline.findMany({ where: { subject } });
    expect(deadlines).toHaveLength(8);
    expect(
      deadlines.every((deadline) => deadline.rule === "team.onboarding.item" && deadline.state === "open"),
    ).toBe(true);
    const timeline = await db.prisma.timelineEntry.findMany({ where: { subject }, orderBy: { seq: "asc" } });
    expect(timeline[0]?.event).toBe("participant.registered");
    expect(findChainBreak(timeline.map((entry) => ({ ...entry, at: entry.at.toISOString() })))).toBeNull();
    const outbox = await db.prisma.outboxMessage.findMany({ where: { orderingKey: subject } });
    const channelMessages = outbox.filter(
      (message) => (message.target as { kind: string }).kind === "channel",
    );
    expect(channelMessages.map((message) => (message.target as { channelId: string }).channelId)).toContain(
      "CSHARED",
    );
    expect(
      outbox.some((message) => (message.target as { kind: string; userId?: string }).userId === "UWORKER"),
    ).toBe(true);
  });

  it("Preventie: a member of another landlord cannot register a participant of this pair (tenant boundary)", async () => {
    const { runtime } = testRuntime(db.prisma);
    await expect(
      registerParticipant(runtime, world.actor(world.otherLandlordStaff), {
        ...details(),
        reference: "HF-X",
      }),
    ).rejects.toBeInstanceOf(FlowError);
    expect(await db.prisma.participant.count({ where: { reference: "HF-X" } })).toBe(0);
  });

  it("Preventie: ticking an onboarding item completes its deadline", async () => {
    const { runtime } = testRuntime(db.prisma);
    const state = await registerParticipant(runtime, world.actor(world.worker), {
      ...details(),
      reference: "HF-002",
    });
    await handleParticipantEvent(runtime, state.participantId, {
      type: "itemDone",
      actor: world.actor(world.worker),
      itemKey: "habitableHome",
      note: null,
    });
    const deadline = await db.prisma.deadline.findFirst({
      where: { subject: `participant:${state.participantId}`, key: { contains: "habitableHome" } },
    });
    expect(deadline?.state).toBe("done");
  });

  it("Signalering: a landlord's signal starts the 48-hour deadline for the care team, completed by their acknowledgement", async () => {
    const { runtime, clock } = testRuntime(db.prisma);
    const participant = await registerParticipant(runtime, world.actor(world.worker), {
      ...details(),
      reference: "HF-003",
    });
    const signal = await logSignal(runtime, world.actor(world.landlordStaff), {
      participantId: participant.participantId,
      kind: "nuisanceSign",
      source: "landlord",
      description: "Buren horen 's nachts harde muziek.",
      observedAt: clock.now(),
      followUpOwner: null,
    });
    const subject = `signal:${signal.signalId}`;
    const open = await db.prisma.deadline.findMany({ where: { subject, state: "open" } });
    expect(open).toHaveLength(1);
    expect(open[0]!.rule).toBe("guideline.signal.share48h");
    expect(open[0]!.dueAt.getTime() - clock.now().getTime()).toBe(48 * 3600_000);

    clock.advance(3 * 3600_000);
    await handleSignalEvent(runtime, signal.signalId, {
      type: "acknowledged",
      actor: world.actor(world.worker),
    });
    expect(await db.prisma.deadline.count({ where: { subject, state: "open" } })).toBe(0);
  });
});
