import { z } from "zod";

/** `GET /api/evidence/:id`: the bytes as uploaded, or (`view=page`) a saved web page's sanitised view. */
export const ZEvidenceQuerySchema = z.strictObject({
  view: z
    .enum(["page"], { error: 'view must be "page" (a saved web page shown without its scripts), or left out for the file as uploaded.' })
    .optional()
    .describe("page: a saved web page's sanitised view, for reading in the browser"),
});
