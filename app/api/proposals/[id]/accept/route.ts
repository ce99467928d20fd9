import { apiRoute, json, parseParam, readOptionalJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { acceptProposal } from "@/lib/server/proposals/proposals";
import { ZIdSchema } from "@/lib/validation/common";
import { ZDecideProposalSchema } from "@/lib/validation/proposal";

/** Applies the proposal to the text (a new revision); 409 when it no longer applies. */
export const POST = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const proposalId = parseParam(ZIdSchema, params.id, "Proposal");
  const { note } = await readOptionalJson(request, ZDecideProposalSchema);
  return json(await acceptProposal({ actor, proposalId, note }));
});
