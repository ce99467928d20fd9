import { apiRoute, json, readJson, readQuery } from "@/lib/http/api-route";
import { registerToCsv } from "@/lib/register/csv";
import { requireUser } from "@/lib/server/auth/current-user";
import { createRegisterEntry, listRegister } from "@/lib/server/register/register-entries";
import { ZCreateRegisterEntrySchema, ZRegisterQuerySchema } from "@/lib/validation/register";

/** The register, or the entries like ?q=; ?format=csv exports it. */
export const GET = apiRoute(async (request) => {
  const actor = await requireUser();
  const query = readQuery(request, ZRegisterQuerySchema);
  const entries = await listRegister({ actor, q: query.q });
  if (query.format === "csv") {
    return new Response(registerToCsv(entries), {
      headers: { "Content-Type": "text/csv; charset=utf-8; header=present", "Content-Disposition": 'attachment; filename="factdesk-register.csv"', "Cache-Control": "no-store" },
    });
  }
  return json({ entries });
});

export const POST = apiRoute(async (request) => {
  const actor = await requireUser();
  return json(await createRegisterEntry({ actor, input: await readJson(request, ZCreateRegisterEntrySchema) }), 201);
});
