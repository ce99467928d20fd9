import { buildOpenApiDocument } from "@/lib/http/openapi";

/** The API description; public, like the API's existence. The same for every request, so built once. */
let document: string | undefined;

export function GET(): Response {
  document ??= JSON.stringify(buildOpenApiDocument(), null, 2);
  return new Response(document, { headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
