import { AppError } from "@/lib/errors/app-error";
import { apiRoute, describeZodError, json, readJson } from "@/lib/http/api-route";
import { registerToCsv } from "@/lib/register/csv";
import { requireUser } from "@/lib/server/auth/current-user";
import { createRegisterEntry, listRegister } from "@/lib/server/register/register-entries";
import { ZCreateRegisterEntrySchema, ZRegisterQuerySchema } from "@/lib/validation/register";

/** The register, or the entries like ?q=; ?format=csv exports it. */
export const GET = apiRoute(async (request) => {
  const actor = await requireUser();
  const query = ZRegisterQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new AppError("INVALID_INPUT", describeZodError(query.error));
  const entries = await listRegister({ actor, q: query.data.q });
  if (query.data.format === "csv") {
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
