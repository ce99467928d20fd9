import { apiRoute, json, parseParam, readJson, readQuery } from "@/lib/http/api-route";
import { ZAnnotationImportSchema } from "@/lib/publishing/web-annotation-import";
import { exportAnnotations } from "@/lib/server/annotations/export-annotations";
import { importAnnotations } from "@/lib/server/annotations/import-annotations";
import { requireUser } from "@/lib/server/auth/current-user";
import { ZIdSchema } from "@/lib/validation/common";
import { ZAnnotationImportQuerySchema } from "@/lib/validation/publishing";

const ANNOTATION_BODY_LIMIT = 8 * 1024 * 1024;

/** The article's claims as a W3C Web Annotation collection (JSON-LD). */
export const GET = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  const collection = await exportAnnotations({ actor, articleId, origin: new URL(request.url).origin });
  return new Response(`${JSON.stringify(collection, null, 2)}\n`, {
    headers: { "Content-Type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8', "Cache-Control": "no-store" },
  });
});

/** Creates claims from Web Annotations (a collection, a page or one annotation). */
export const POST = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  const query = readQuery(request, ZAnnotationImportQuerySchema);
  const annotations = await readJson(request, ZAnnotationImportSchema, ANNOTATION_BODY_LIMIT);
  const result = await importAnnotations({ actor, articleId, annotations, skipUnplaced: query.skipUnplaced === "true" });
  return json(result, result.created > 0 ? 201 : 200);
});
