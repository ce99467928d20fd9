import { z } from "zod";
import { ZIdSchema } from "./common";

export const ZAnnotationImportQuerySchema = z.strictObject({ skipUnplaced: z.enum(["true", "false"], { error: 'skipUnplaced must be "true" or "false".' }).default("false") });

export const ZClaimReviewQuerySchema = z.strictObject({
  claims: z
    .string()
    .transform((value) => [
      ...new Set(
        value
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(ZIdSchema).min(1, "claims must list at least one claim id.").max(1_000, "claims takes at most 1,000 ids."))
    .optional(),
});
