import { apiRoute, json, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { bulkUpdateClaims } from "@/lib/server/claims/bulk-update-claims";
import { ZBulkUpdateClaimsSchema } from "@/lib/validation/claim";

/** { claims: [{ id, version }], status?, kind?, assigneeId? } → 200 { claims }; 409 { staleClaimIds } if any changed meanwhile. */
export const POST = apiRoute(async (request) => {
  const actor = await requireUser();
  const input = await readJson(request, ZBulkUpdateClaimsSchema);
  return json({ claims: await bulkUpdateClaims({ actor, input }) });
});
