/**
 * Termijnen: "Vandaag voor jou", one direct message per person per working day, in working hours.
 * It lists the person's own open deadlines that are due before the next morning or overdue, and —
 * for the coordinator and the landlord contact of a case or participant — the overdue deadlines of
 * others there (the escalation), merged into the same message. A clock jump, the end of an outage
 * or a restart therefore brings each person one digest, not a message per deadline. Each digest is
 * reserved in the transaction that writes it to the outbox: once per person per day, also with
 * several instances on one database.
 */
import { amsterdamDateKey, isWithinWorkingHours } from "../flows/calendar/index.ts";
import { digestMessage, type NamedDeadline } from "../flows/deadlines/messages.ts";
import { nextOpeningAfter } from "../flows/deadlines/schedule.ts";
import { DEFAULT_NUDGE_SETTINGS, type NudgeSettings } from "../flows/deadlines/settings.ts";
import { type DeadlineRow, listOpenDeadlinesDueBefore } from "../store/deadlines/deadline-repository.ts";
import { reserveOncePerDay } from "../store/deadlines/nudge-once.ts";
import { applyEffects } from "../store/effects/apply-effects.ts";
import { findMemberById, type MemberView } from "../store/members/members.ts";
import { namedDeadline, systemContext } from "./nudge-sweep.ts";
import { type ServiceRuntime, transact } from "./runtime.ts";
import { loadSubjectInfo, type SubjectInfo } from "./subjects.ts";

interface Reading {
  own: DeadlineRow[];
  others: DeadlineRow[];
}

/** Sends the digests not sent yet today; returns how many went out. */
export async function sendDigests(
  runtime: ServiceRuntime,
  settings: NudgeSettings = DEFAULT_NUDGE_SETTINGS,
): Promise<number> {
  const now = runtime.clock.now();
  if (!isWithinWorkingHours(now, settings.workingHours)) return 0;
  const day = amsterdamDateKey(now);
  // Everything due before the next morning's digest belongs in today's.
  const horizon = nextOpeningAfter(now, settings.workingHours).getTime();

  const subjects = new Map<string, SubjectInfo | null>();
  const subjectOf = async (row: DeadlineRow) => {
    if (!subjects.has(row.subject)) {
      subjects.set(row.subject, await loadSubjectInfo(runtime.prisma, row.subject).catch(() => null));
    }
    return subjects.get(row.subject) ?? null;
  };
  const readers = new Map<string, Reading>();
  const readingOf = (memberId: string) => {
    let reading = readers.get(memberId);
    if (!reading) {
      reading = { own: [], others: [] };
      readers.set(memberId, reading);
    }
    return reading;
  };
  // Only what is due before the next morning can be in today's digests: own items due by then,
  // escalations of items already overdue.
  for (const row of await listOpenDeadlinesDueBefore(runtime.prisma, new Date(horizon))) {
    const subject = await subjectOf(row);
    if (!subject) continue;
    const due = Date.parse(row.dueAt);
    if (row.ownerMemberId) readingOf(row.ownerMemberId).own.push(row);
    if (due > now.getTime()) continue;
    // Termijnen: an overdue deadline is escalated to the coordinator and the landlord contact, from
    // the morning after its due time (the same moment its case thread hears of it).
    const escalateAt = nextOpeningAfter(
      new Date(due + settings.overdueGraceHours * 3600_000),
      settings.workingHours,
    );
    if (escalateAt.getTime() <= now.getTime()) {
      for (const contact of new Set([subject.coordinatorId, subject.landlordContactId])) {
        if (contact && contact !== row.ownerMemberId) readingOf(contact).others.push(row);
      }
    }
  }

  const members = new Map<string, MemberView | null>();
  const memberOf = async (id: string) => {
    if (!members.has(id)) members.set(id, await findMemberById(runtime.prisma, id));
    return members.get(id) ?? null;
  };
  let sent = 0;
  for (const [memberId, reading] of readers) {
    const reader = await memberOf(memberId);
    if (!reader) continue;
    const name = async (row: DeadlineRow): Promise<NamedDeadline> => {
      const owner = row.ownerMemberId ? await memberOf(row.ownerMemberId) : null;
      return namedDeadline(row, (await subjectOf(row))!, owner?.displayName ?? null, reader.locale);
    };
    const own = await Promise.all(reading.own.map(name));
    const others = await Promise.all(reading.others.map(name));
    const message = digestMessage({ memberId, role: reader.role, locale: reader.locale }, own, others, now);
    if (!message) continue;
    const first = (await subjectOf(reading.own[0] ?? reading.others[0]!))!;
    try {
      const wrote = await transact(runtime, async (tx) => {
        if (!(await reserveOncePerDay(tx, "digest", memberId, day, now))) return false;
        // A direct message: the context's subject only fills in the outbox row's bookkeeping.
        await applyEffects(tx, runtime.effects, systemContext(first, now), [{ type: "message", ...message }]);
        return true;
      });
      if (wrote) sent++;
    } catch (error) {
      runtime.logger.error({ err: error, memberId }, "digest failed; retrying at the next tick");
    }
  }
  return sent;
}
