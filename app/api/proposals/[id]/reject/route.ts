import { apiRoute, json, parseParam, readOptionalJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { rejectProposal } from "@/lib/server/proposals/proposals";
import { ZIdSchema } from "@/lib/validation/common";
import { ZDecideProposalSchema } from "@/lib/validation/proposal";

/** { note? }: declines the proposal; the text is not touched. */
export const POST = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const proposalId = parseParam(ZIdSchema, params.id, "Proposal");
  const { note } = await readOptionalJson(request, ZDecideProposalSchema);
  return json(await rejectProposal({ actor, proposalId, note }));
});
