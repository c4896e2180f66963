/** The participant an API request names, by reference, within the key's landlord. */
import type { ServiceRuntime } from "../services/runtime.ts";
import { findParticipantsByReference } from "../store/api-keys/intake-lookups.ts";
import type { ApiPrincipal } from "./auth.ts";
import { ApiError } from "./errors.ts";

/**
 * The participant's id. Another landlord's participant is refused (403) rather than reported as
 * unknown, so a wrong key is told apart from a wrong reference.
 */
export async function participantForKey(
  runtime: ServiceRuntime,
  principal: ApiPrincipal,
  reference: string,
): Promise<string> {
  const all = await findParticipantsByReference(runtime.prisma, reference);
  const own = all.filter((participant) => participant.landlordId === principal.organisationId);
  if (own.length === 1) return own[0]!.participantId;
  if (own.length > 1) throw new ApiError(409, "participantAmbiguous", { params: { reference } });
  if (all.length > 0) throw new ApiError(403, "forbidden");
  throw new ApiError(404, "participantNotFound", { params: { reference } });
}
