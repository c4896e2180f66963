/**
 * The case service refuses a decision on an action its owner's side does not take, whatever asked
 * for it (a chat button, a deadline's "Afgerond", another service): the landlord's own actions
 * (Actie 3: the waarschuwingsbrief, the advice to the complainant) are landlord staff's to accept,
 * change, skip or finish. The same permission as their buttons on the case card
 * (decideLandlordAction), checked by the one policy; nothing is recorded when it is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseEvent } from "../../../src/flows/cases/events.ts";
import type { CaseState } from "../../../src/flows/cases/state.ts";
import { FlowError } from "../../../src/flows/errors.ts";
import { POLICY_DENIED } from "../../../src/flows/policy/permissions.ts";
import { handleCaseEvent } from "../../../src/services/case-service.ts";
import type { ServiceRuntime } from "../../../src/services/runtime.ts";
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from "../../helpers/databases.ts";
import { fileNoiseComplaint, registerWorldParticipant, takeLadderStep } from "../../helpers/procedure.ts";
import { testRuntime } from "../../helpers/runtime.ts";
import { createWorld, type World } from "../../helpers/world.ts";

describe.each(TEST_DATABASE_KINDS)("deciding on an action at the service (%s)", (kind) => {
  let database: TestDatabase;
  let runtime: ServiceRuntime;
  let world: World;
  let caseId: string;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    runtime = testRuntime(database.prisma).runtime;
    world = await createWorld(database.prisma);
    const participantId = await registerWorldParticipant(runtime, world, "HF-E01");
    caseId = (await fileNoiseComplaint(runtime, world, participantId)).id;
    await takeLadderStep(runtime, world, caseId, "actie3");
  });
  afterAll(async () => {
    await database?.destroy();
  });

  const stateOf = async (): Promise<CaseState> =>
    (await database.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).state as unknown as CaseState;
  const refusal = (event: CaseEvent) =>
    handleCaseEvent(runtime, caseId, event).then(
      () => null,
      (error: unknown) => error,
    );

  it("Actie 3: a support worker or coordinator cannot accept, change, skip or finish the landlord's own action; landlord staff can", async () => {
    const letter = (await stateOf()).actions.find((action) => action.code === "warningLetter")!;
    expect(letter).toMatchObject({ status: "proposed", ownerRole: "landlordStaff", audience: "shared" });
    const entriesBefore = await database.prisma.timelineEntry.count({ where: { subject: `case:${caseId}` } });

    for (const member of [world.worker, world.coordinator]) {
      const actor = world.actor(member);
      const events: CaseEvent[] = [
        { type: "actionAccepted", actor, actionId: letter.id },
        { type: "actionChanged", actor, actionId: letter.id, text: "Andere brief" },
        { type: "actionSkipped", actor, actionId: letter.id, reason: "Niet nodig" },
        { type: "actionDone", actor, actionId: letter.id },
      ];
      for (const event of events) {
        const error = await refusal(event);
        expect(error, `${member.role} ${event.type}`).toBeInstanceOf(FlowError);
        expect((error as FlowError).code).toBe(POLICY_DENIED);
        expect((error as FlowError).params).toMatchObject({
          action: "decideLandlordAction",
          reason: "roleNotAllowed",
          role: member.role,
        });
      }
    }
    // Nothing was recorded.
    expect((await stateOf()).actions.find((action) => action.id === letter.id)).toEqual(letter);
    expect(await database.prisma.timelineEntry.count({ where: { subject: `case:${caseId}` } })).toBe(
      entriesBefore,
    );

    // Landlord staff decide it.
    const landlord = world.actor(world.landlordStaff);
    await handleCaseEvent(runtime, caseId, { type: "actionAccepted", actor: landlord, actionId: letter.id });
    await handleCaseEvent(runtime, caseId, { type: "actionDone", actor: landlord, actionId: letter.id });
    expect((await stateOf()).actions.find((action) => action.id === letter.id)?.status).toBe("done");
  });

  it("the care team still decides its own actions", async () => {
    const own = (await stateOf()).actions.find(
      (action) => action.status === "proposed" && action.ownerRole !== "landlordStaff",
    )!;
    expect(own).toBeDefined();
    const state = await handleCaseEvent(runtime, caseId, {
      type: "actionAccepted",
      actor: world.actor(world.worker),
      actionId: own.id,
    });
    expect(state.actions.find((action) => action.id === own.id)?.status).toBe("accepted");
  });
});
