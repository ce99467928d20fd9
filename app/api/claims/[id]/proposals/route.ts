import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { listProposals, proposeChange } from "@/lib/server/proposals/proposals";
import { ZIdSchema } from "@/lib/validation/common";
import { ZNewProposalSchema } from "@/lib/validation/proposal";

export const GET = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  return json({ proposals: await listProposals({ actor, claimId: parseParam(ZIdSchema, params.id, "Claim") }) });
});

/** { replacement, note? }: proposes new words for the claim's words. */
export const POST = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const claimId = parseParam(ZIdSchema, params.id, "Claim");
  const input = await readJson(request, ZNewProposalSchema);
  return json(await proposeChange({ actor, claimId, input }), 201);
});
