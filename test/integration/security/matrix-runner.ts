/**
 * The authorization matrix's runner, shared by its three surfaces (Slack, Teams, the intake API):
 * the people and items of each surface, the two phases (what the policy denies, then what it
 * allows), and the tally of combinations that each surface's test file prints.
 */
import type { Role } from "../../../src/flows/model.ts";
import type { CaseScope } from "../../../src/flows/policy/scope.ts";
import { scopeOf } from "../../../src/services/scope.ts";
import type { PrismaClient } from "../../../src/store/db-types.ts";
import type { MemberView } from "../../../src/store/members/members.ts";
import type { TestDatabaseKind } from "../../helpers/databases.ts";
import { fingerprint, leakedMarkers, type Settled, verdictOf } from "./matrix-drivers.ts";
import {
  actionValue,
  BUTTON_EXPECTATIONS,
  COMMANDS,
  type CommandItem,
  type Expectation,
  expectedAllowed,
  FORM_EXPECTATIONS,
  formSubmission,
} from "./matrix-table.ts";
import { allMarkers, forbiddenMarkers, MATRIX_ROLES, type MatrixWorld } from "./matrix-world.ts";

export const KIND: TestDatabaseKind = process.env.TEST_DATABASE_URL ? "postgresql" : "pglite";
/** High enough that the per-member rate limit never answers instead of the policy. */
export const NO_RATE_LIMIT = { CHAT_RATE_LIMIT_PER_MINUTE: "100000" };

export interface Tally {
  seconds?: string;
  /** CPU seconds of this process (bot, fakes and the embedded database) for the surface. */
  cpu?: number;
  checked: number;
  allowed: number;
  denied: number;
  notOffered: number;
}
const tallies: Record<string, Tally> = {};
export function tally(surface: string): Tally {
  tallies[surface] ??= { checked: 0, allowed: 0, denied: 0, notOffered: 0 };
  return tallies[surface];
}

export function printTallies(): void {
  const total = Object.values(tallies).reduce((sum, t) => sum + t.checked, 0);
  console.log(
    `authorization matrix: ${total} combinations checked (role × action × surface, pair A and pair B)\n${Object.entries(
      tallies,
    )
      .map(
        ([surface, t]) =>
          `  ${surface}: ${t.checked} (allowed ${t.allowed}, denied ${t.denied}, not offered ${t.notOffered})${t.seconds ? `; ${t.seconds}` : ""}${t.cpu ? `; ${t.cpu.toFixed(1)} s CPU` : ""}`,
      )
      .join("\n")}`,
  );
}

/** Measures the CPU this process spends on one surface (independent of other load on the machine). */
export function measureCpu(surface: string): () => void {
  const start = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(start);
    tally(surface).cpu = (used.user + used.system) / 1e6;
  };
}

/** Routed ids, in the order the matrix runs them (what ends a case comes last). */
export const BUTTON_IDS = Object.keys(BUTTON_EXPECTATIONS);
export const FORM_IDS = Object.keys(FORM_EXPECTATIONS);

export interface Shown {
  settled: Settled;
  /** Everything the person was shown (HTTP answer and platform messages to them), as JSON text. */
  shown: string;
  status: number;
}

interface Item {
  id: string;
  expect: Expectation;
  send: (member: MemberView) => Promise<Shown>;
}

export interface Person {
  member: MemberView;
  /** Pair B: every item is a case (or participant, signal, deadline) of pair A, so it is refused. */
  outsider: boolean;
  items: Item[];
  forbidden: string[];
}

/**
 * Runs the matrix on one surface, in two phases, several people at a time:
 * 1. every combination the policy denies (pair B on everything of pair A, and pair A's roles on
 *    what is not theirs): each must be refused with the policy's message, and after the phase the
 *    database must be exactly as before it — nothing of it was recorded;
 * 2. every combination the policy allows: none may be refused on the policy's grounds.
 * Throughout, nobody may be shown what their role may not see.
 */
export async function runMatrix(options: {
  surface: string;
  prisma: PrismaClient;
  interactions: Parameters<typeof verdictOf>[1];
  people: Person[];
  scopeA: CaseScope;
}): Promise<string[]> {
  const problems: string[] = [];
  const t = tally(options.surface);
  const allowedFor = (person: Person, item: Item) =>
    !person.outsider && expectedAllowed(item.expect, person.member, options.scopeA);

  async function run(person: Person, items: Item[], allowed: boolean) {
    for (const item of items) {
      const { settled, shown, status } = await item.send(person.member);
      const verdict = verdictOf(settled, options.interactions);
      const who = `${options.surface} ${person.outsider ? "B" : "A"}:${person.member.role} ${item.id}`;
      t.checked++;
      if (allowed) t.allowed++;
      else t.denied++;
      if (status >= 500) problems.push(`${who}: HTTP ${status}`);
      if (allowed && verdict.denied)
        problems.push(`${who}: allowed by the policy but refused (${verdict.text})`);
      if (!allowed && !verdict.denied)
        problems.push(
          `${who}: denied by the policy but answered ${verdict.kind}${verdict.text ? ` (${verdict.text})` : ""}`,
        );
      for (const marker of leakedMarkers(shown, person.forbidden)) problems.push(`${who}: showed ${marker}`);
    }
  }

  const started = Date.now();
  const before = await fingerprint(options.prisma);
  await Promise.all(
    options.people.map((person) =>
      run(
        person,
        person.items.filter((item) => !allowedFor(person, item)),
        false,
      ),
    ),
  );
  const after = await fingerprint(options.prisma);
  const denied = Date.now();
  if (after !== before)
    problems.push(`${options.surface}: denied combinations changed the database: ${before} → ${after}`);
  await Promise.all(
    options.people.map((person) =>
      run(
        person,
        person.items.filter((item) => allowedFor(person, item)),
        true,
      ),
    ),
  );
  t.seconds = `denied ${((denied - started) / 1000).toFixed(1)} s, allowed ${((Date.now() - denied) / 1000).toFixed(1)} s`;
  return problems;
}

/** Pair B's people on pair A's subjects, and pair A's roles each on their own subjects. */
export function peopleOf(build: Builders, m: MatrixWorld, now: Date): Person[] {
  return MATRIX_ROLES.flatMap((role) => [
    {
      member: m.b[role],
      outsider: true,
      items: itemsFor(build, m, role, now, true),
      forbidden: allMarkers(m.subjects),
    },
    {
      member: m.a[role],
      outsider: false,
      items: itemsFor(build, m, role, now, false),
      forbidden: forbiddenMarkers(role, m.subjects),
    },
  ]);
}

export function people(m: MatrixWorld) {
  return {
    careProviderId: m.world.careProvider.id,
    landlordId: m.world.landlord.id,
    worker: m.world.worker.id,
    landlord: m.world.landlordStaff.id,
    coordinator: m.world.coordinator.id,
  };
}

export interface Builders {
  action: (id: string, value: string) => (member: MemberView) => Promise<Shown>;
  form: (
    id: string,
    metadata: string,
    values: Record<string, string>,
  ) => (member: MemberView) => Promise<Shown>;
  command: (command: CommandItem, text: string) => (member: MemberView) => Promise<Shown>;
}

/** The items of a member of pair A on their role's own subjects, or of pair B on pair A's. */
function itemsFor(build: Builders, m: MatrixWorld, role: Role, now: Date, outsider: boolean): Item[] {
  const s = m.subjects[role];
  const mention = {
    slack: `<@UNEW${MATRIX_ROLES.indexOf(role)}${outsider ? "B" : "A"}|Nieuw>`,
    teams: "<at>Nieuw</at>",
  };
  const commands = COMMANDS.filter((command) => !outsider || command.onCase);
  const last = new Set(["nabuur.case.resolve", "nabuur.form.case.close"]);
  const actions = BUTTON_IDS.map((id) => ({
    id,
    expect: BUTTON_EXPECTATIONS[id]!,
    send: build.action(id, actionValue(id, s)),
  }));
  const forms = FORM_IDS.map((id, index) => {
    const serial = index + (outsider ? 100 : 0) + MATRIX_ROLES.indexOf(role) * 1000;
    const { metadata, values } = formSubmission(id, s, people(m), now, serial);
    return { id, expect: FORM_EXPECTATIONS[id]!, send: build.form(id, metadata, values) };
  });
  const commandItems = commands.map((command) => ({
    id: `command ${command.id}`,
    expect: command.expect,
    send: build.command(command, command.text(s, mention)),
  }));
  const all = [...actions, ...forms, ...commandItems];
  return [...all.filter((item) => !last.has(item.id)), ...all.filter((item) => last.has(item.id))];
}

export async function scopeOfPairA(prisma: PrismaClient, m: MatrixWorld): Promise<CaseScope> {
  return scopeOf(prisma, { careProviderId: m.world.careProvider.id, landlordId: m.world.landlord.id });
}
