/**
 * A refused request names who may — on the intake API, as its caller reads it. The API has no
 * buttons or forms; its operations (matrix-table.ts API_OPERATIONS) each need a permission. A key
 * acts as its member; only landlords get keys, and landlord staff may do all four operations, so
 * a role refusal is met by a key row edited by hand to act as someone of another role (pair A's
 * member of that role, on that role's own participant and case). For every operation and every
 * role the permission table does not give its permission: 403, code "forbidden", and the message
 * is the policy's "Alleen … kan …" (Dutch by default, English on request). Nothing is recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateApiKey } from "../../../src/api/api-keys.ts";
import type { ErrorBody } from "../../../src/api/errors.ts";
import type { Role } from "../../../src/flows/model.ts";
import type { Permission } from "../../../src/flows/policy/permission-names.ts";
import { explainDenial } from "../../../src/flows/policy/permissions.ts";
import { PERMISSION_ROLES } from "../../../src/flows/steps/registry.ts";
import type { MemberView } from "../../../src/store/members/members.ts";
import { type ApiHarness, complaintBody, startApiHarness } from "../api/api-harness.ts";
import { fingerprint } from "./matrix-drivers.ts";
import { KIND } from "./matrix-runner.ts";
import { API_OPERATIONS, type Expectation } from "./matrix-table.ts";
import { createMatrixWorld, MATRIX_ROLES, type MatrixWorld } from "./matrix-world.ts";
import { whoMay } from "./refusal-pairs.ts";

type OperationId = (typeof API_OPERATIONS)[number]["id"];

/** The permission an operation needs, as the matrix's table reads it. */
function permissionOf(expect: Expectation): Permission {
  if (!("policy" in expect)) throw new Error("every API operation is a permission");
  return expect.policy;
}

describe("a refused API request names who may", () => {
  let h: ApiHarness;
  let m: MatrixWorld;
  const keys = new Map<Role, string>();

  beforeAll(async () => {
    h = await startApiHarness(KIND, { rateLimitPerMinute: 100_000 });
    m = await createMatrixWorld(h.prisma, h.runtime, h.world);
    for (const role of MATRIX_ROLES) keys.set(role, await keyActingAs(m.a[role]));
  });
  afterAll(() => h?.stop());

  /** A key row acting as `member`, as if edited into the database by hand (the CLI makes none). */
  async function keyActingAs(member: MemberView): Promise<string> {
    const key = generateApiKey();
    await h.prisma.apiKey.create({
      data: {
        organisationId: member.organisationId,
        memberId: member.id,
        prefix: key.prefix,
        hash: key.hash,
        label: `acting as ${member.role}`,
      },
    });
    return key.token;
  }

  /** The operation on the subjects of `role` of pair A. */
  async function call(id: OperationId, role: Role, headers: Record<string, string> = {}) {
    const s = m.subjects[role];
    const key = keys.get(role)!;
    const participant = await h.prisma.participant.findUniqueOrThrow({ where: { id: s.participantId } });
    switch (id) {
      case "POST /complaints":
        return h.call("/complaints", {
          key,
          headers,
          json: complaintBody({ participant: participant.reference }),
        });
      case "POST /signals":
        return h.call("/signals", {
          key,
          headers,
          json: {
            participant: participant.reference,
            kind: "missedRent",
            description: "Huur niet betaald",
            observedAt: "2026-11-23T08:00:00+01:00",
          },
        });
      case "GET /cases/:nr":
        return h.call(`/cases/${s.caseNumber}`, { key, headers });
      case "GET /cases/:nr/dossier.json":
        return h.call(`/cases/${s.caseNumber}/dossier.json`, { key, headers });
      case "POST /cases/:nr/correspondence":
        return h.call(`/cases/${s.caseNumber}/correspondence`, {
          key,
          headers,
          json: {
            party: "Wijkagent",
            direction: "incoming",
            at: "2026-11-23T08:00:00+01:00",
            summary: "Melding",
          },
        });
      case "POST /cases/:nr/letters":
        return h.call(`/cases/${s.caseNumber}/letters`, { key, headers, json: { step: "actie3" } });
      case "POST /cases/:nr/letters/sent":
        return h.call(`/cases/${s.caseNumber}/letters/sent`, {
          key,
          headers,
          json: {
            step: "actie3",
            sentAt: "2026-11-23T08:00:00+01:00",
            registered: false,
            signedForSeen: false,
          },
        });
    }
  }

  const refused = API_OPERATIONS.flatMap((op) =>
    MATRIX_ROLES.filter((role) => !PERMISSION_ROLES[permissionOf(op.expect)].includes(role)).map((role) => ({
      op,
      role,
      answer: whoMay(permissionOf(op.expect), role),
    })),
  );

  it("every (role, operation) the permission table refuses: 403 with who may, in Dutch", async () => {
    const before = await fingerprint(h.prisma);
    const problems: string[] = [];
    for (const { op, role, answer } of refused) {
      const response = await call(op.id, role);
      const body = (await response.json()) as ErrorBody;
      const who = `${role} ${op.id}`;
      if (response.status !== 403) problems.push(`${who}: HTTP ${response.status}, not 403`);
      if (body.error?.code !== "forbidden") problems.push(`${who}: code ${body.error?.code}`);
      if (body.error?.message !== answer) problems.push(`${who}: "${body.error?.message}", not "${answer}"`);
      if (!answer.startsWith("Alleen ")) problems.push(`${who}: "${answer}" names nobody`);
    }
    console.log(
      `refusal names who may, intake API: ${refused.length} refused (role, operation) pairs checked`,
    );
    expect(refused.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(await fingerprint(h.prisma)).toBe(before);
  });

  it("in English on request", async () => {
    const { op, role } = refused.find((pair) => pair.op.id === "GET /cases/:nr/dossier.json")!;
    const response = await call(op.id, role, { "accept-language": "en" });
    expect(response.status).toBe(403);
    expect(((await response.json()) as ErrorBody).error.message).toBe(
      explainDenial({ reason: "roleNotAllowed", action: permissionOf(op.expect), role }, "en"),
    );
  });

  it("a key acting as landlord staff (whom the table gives all four) is never refused on role grounds", async () => {
    for (const op of API_OPERATIONS)
      expect(PERMISSION_ROLES[permissionOf(op.expect)]).toContain("landlordStaff");
  });
});
