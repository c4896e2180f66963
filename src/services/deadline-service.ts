/**
 * Deadlines outside their own flow: the nudge card's Klaar / Meer tijd / Overdragen, "mijn" and
 * the coordinator's "overzicht".
 */
import { cardRefreshes } from "../flows/cases/card-refresh.ts";
import { withDeadlineRow } from "../flows/cases/deadline-sync.ts";
import {
  type LabelledDeadline,
  myDeadlinesCardSpec,
  type OverviewCase,
  teamOverviewCardSpec,
} from "../flows/deadlines/card-spec.ts";
import { decideDeadline } from "../flows/deadlines/decide.ts";
import type { DeadlineEvent, DeadlineView } from "../flows/deadlines/model.ts";
import { deadlineSubjectParts } from "../flows/deadlines/subject.ts";
import type { Effect } from "../flows/effects.ts";
import type { Permission } from "../flows/policy/permission-names.ts";
import { requirePermission } from "../flows/policy/permissions.ts";
import { listOpenCases, loadCase, saveCase } from "../store/cases/case-repository.ts";
import type { PrismaClient, Tx } from "../store/db-types.ts";
import {
  listOpenDeadlinesOfMember,
  listOpenDeadlinesOfSubjects,
  loadDeadline,
} from "../store/deadlines/deadline-repository.ts";
import { applyEffects } from "../store/effects/apply-effects.ts";
import { findMembersByIds, type MemberView } from "../store/members/members.ts";
import { NotFoundError } from "./errors.ts";
import { resolvedNudges } from "./resolve-nudges.ts";
import { flowContext, type ServiceRuntime, transact } from "./runtime.ts";
import { scopeOf } from "./scope.ts";
import { loadSubjectInfo } from "./subjects.ts";

const EVENT_PERMISSIONS: Record<DeadlineEvent["type"], Permission> = {
  done: "extendDeadline",
  extended: "extendDeadline",
  handedOver: "extendDeadline",
  reopened: "extendDeadline",
};

export async function handleDeadlineEvent(runtime: ServiceRuntime, deadlineId: string, event: DeadlineEvent) {
  return transact(runtime, async (tx) => {
    const deadline = await loadDeadline(tx, deadlineId);
    if (!deadline) throw new NotFoundError("deadline", deadlineId);
    const subject = await loadSubjectInfo(tx, deadline.subject);
    requirePermission(event.actor, EVENT_PERMISSIONS[event.type], await scopeOf(tx, subject));
    const ctx = flowContext(runtime);
    const decision = decideDeadline(deadline, event, ctx);
    const refreshes = await followOnCase(tx, decision.state, ctx.now);
    const pings = await resolvedNudges(tx, deadline, subject, event, ctx.now);
    await applyEffects(
      tx,
      runtime.effects,
      {
        subject: deadline.subject,
        threadKey: subject.threadKey,
        actorId: event.actor.memberId,
        now: ctx.now,
        careProviderId: subject.careProviderId,
        landlordId: subject.landlordId,
        landlordContactId: subject.landlordContactId,
      },
      [...decision.effects, ...refreshes, ...pings],
    );
    return decision.state;
  });
}

/**
 * A case's deadline: the case's own list of open deadlines follows the row (done ones leave it,
 * new due times and owners show), and its cards are re-posted when that changed them.
 */
async function followOnCase(tx: Tx, row: DeadlineView, now: Date): Promise<Effect[]> {
  const { kind, id } = deadlineSubjectParts(row.subject);
  if (kind !== "case") return [];
  const loaded = await loadCase(tx, id);
  if (!loaded) return [];
  const after = withDeadlineRow(loaded.state, row);
  if (after === loaded.state) return [];
  await saveCase(tx, after, loaded.version);
  return cardRefreshes(loaded.state, after, now);
}

/** `/nabuur mijn`: the member's open deadlines, soonest first, each named by its item. */
export async function myDeadlinesSpec(prisma: PrismaClient, member: MemberView, now: Date) {
  const deadlines = await listOpenDeadlinesOfMember(prisma, member.id);
  const labelled: LabelledDeadline[] = [];
  for (const deadline of deadlines) {
    const info = await loadSubjectInfo(prisma, deadline.subject).catch(() => null);
    if (info) {
      labelled.push({
        deadline,
        subjectLabel: info.label(member.locale),
        item: info.item(deadline.key, member.locale),
      });
    }
  }
  return myDeadlinesCardSpec(member.id, labelled, now, member);
}

/**
 * `/nabuur overzicht`: the open cases of the coordinator's care provider with every owner's open
 * items. Who may see it (permission viewTeamOverview) is checked by the caller.
 */
export async function teamOverviewSpec(prisma: PrismaClient, member: MemberView, now: Date) {
  const cases = (await listOpenCases(prisma, [member.organisationId])).filter(
    ({ state }) => state.participant.careProviderId === member.organisationId,
  );
  const deadlines = await listOpenDeadlinesOfSubjects(
    prisma,
    cases.map(({ state }) => `case:${state.id}` as const),
  );
  const owners = await findMembersByIds(prisma, [
    ...new Set(deadlines.flatMap((deadline) => deadline.ownerMemberId ?? [])),
  ]);
  const overview: OverviewCase[] = [];
  for (const { state } of cases) {
    const info = await loadSubjectInfo(prisma, `case:${state.id}`);
    overview.push({
      subjectLabel: info.label(member.locale),
      deadlines: deadlines
        .filter((deadline) => deadline.subject === info.subject)
        .map((deadline) => ({
          deadline,
          subjectLabel: info.label(member.locale),
          item: info.item(deadline.key, member.locale),
        })),
    });
  }
  const names = new Map(owners.map((owner) => [owner.id, owner.displayName]));
  return teamOverviewCardSpec(overview, names, now, member);
}
