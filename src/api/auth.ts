/**
 * Authentication of the intake API: a landlord's key acts as that landlord's system member
 * (role landlordStaff), so the policy checks it like any landlord staff member.
 */
import type { NextFunction, Request, Response } from "express";
import { FlowError } from "../flows/errors.ts";
import type { Actor } from "../flows/model.ts";
import { PERMISSION_ROLES, type Permission } from "../flows/policy/permission-names.ts";
import { POLICY_DENIED } from "../flows/policy/permissions.ts";
import type { ServiceRuntime } from "../services/runtime.ts";
import { findApiKeyByPrefix, touchApiKey } from "../store/api-keys/api-key-repository.ts";
import { bearerToken, parseApiKey, secretMatches, UNKNOWN_KEY_HASH } from "./api-keys.ts";
import { ApiError } from "./errors.ts";

export interface ApiPrincipal {
  apiKeyId: string;
  prefix: string;
  organisationId: string;
  organisationName: string;
  /** The key's system member acting as landlord staff. */
  actor: Actor;
}

const UNAUTHORIZED_HEADERS = { "WWW-Authenticate": 'Bearer realm="nabuur"' };
/** lastUsedAt is written at most this often per key. */
const TOUCH_INTERVAL_MS = 60_000;

export function principalOf(res: Response): ApiPrincipal {
  const principal = res.locals.principal as ApiPrincipal | undefined;
  if (!principal) throw new Error("route is not behind authenticate()");
  return principal;
}

/** The permission an operation of the API needs (what the policy calls it), by method and path. */
function operationPermission(req: Request): Permission | null {
  if (req.method === "POST" && req.path === "/complaints") return "fileComplaint";
  if (req.method === "POST" && req.path === "/signals") return "logSignal";
  if (req.method === "GET" && /^\/cases\/[^/]+$/.test(req.path)) return "viewCase";
  if (req.method === "GET" && /^\/cases\/[^/]+\/dossier(\.json|\.pdf)?$/.test(req.path))
    return "exportDossierLandlord";
  // Het overlastdossier: correspondence with third parties, and the landlord's letters (Actie 3–5).
  if (req.method === "POST" && /^\/cases\/[^/]+\/correspondence$/.test(req.path))
    return "recordCorrespondence";
  if (req.method === "POST" && /^\/cases\/[^/]+\/letters(\/sent)?$/.test(req.path)) return "recordLetter";
  return null;
}

async function resolvePrincipal(
  runtime: ServiceRuntime,
  header: string | undefined,
  permission: Permission | null = null,
) {
  const parsed = parseApiKey(bearerToken(header) ?? "");
  const key = parsed ? await findApiKeyByPrefix(runtime.prisma, parsed.prefix) : null;
  // Compare even when the prefix is unknown, so the timing does not tell which prefixes exist.
  const matches = secretMatches(parsed?.secret ?? "", key?.hash ?? UNKNOWN_KEY_HASH);
  if (!parsed || !key || !matches) {
    throw new ApiError(401, "unauthorized", { headers: UNAUTHORIZED_HEADERS });
  }
  if (key.revokedAt !== null) throw new ApiError(401, "apiKeyRevoked", { headers: UNAUTHORIZED_HEADERS });
  // Intake keys are for landlords only (the CLI refuses others; an edited row is refused here).
  if (key.organisationKind !== "landlord") {
    // A key acting as someone whose role may not do this at all is told who may (a policy denial).
    if (permission && !PERMISSION_ROLES[permission].includes(key.memberRole)) {
      throw new FlowError(POLICY_DENIED, {
        action: permission,
        reason: "roleNotAllowed",
        role: key.memberRole,
      });
    }
    throw new ApiError(403, "forbidden");
  }
  const now = runtime.clock.now();
  if (key.lastUsedAt === null || now.getTime() - key.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await touchApiKey(runtime.prisma, key.id, now);
  }
  const principal: ApiPrincipal = {
    apiKeyId: key.id,
    prefix: key.prefix,
    organisationId: key.organisationId,
    organisationName: key.organisationName,
    actor: { memberId: key.memberId, role: "landlordStaff", organisationId: key.organisationId },
  };
  return principal;
}

export function authenticate(runtime: ServiceRuntime) {
  return async (req: Request, res: Response, next: NextFunction) => {
    res.locals.principal = await resolvePrincipal(
      runtime,
      req.get("authorization"),
      operationPermission(req),
    );
    next();
  };
}
