import { z } from "zod";
import { ZRatingScaleSchema } from "@/lib/publishing/rating-scale";
import { ZCheckingPolicySchema } from "@/lib/workflow/checking-policy";
import { ZWebAddressSchema } from "./article";
import { MAX_INT32 } from "./storable";

export const ZUpdateDeskSettingsSchema = z
  .strictObject({
    organizationName: z.string().trim().max(200, "organizationName must be at most 200 characters.").optional(),
    organizationUrl: ZWebAddressSchema.optional(),
    ratingScale: ZRatingScaleSchema.optional(),
    checkingPolicy: ZCheckingPolicySchema.optional(),
    /** The version read; 0 before the settings were first saved. A stale one is refused with 409. */
    version: z.number({ error: "version must be the number you last read (0 if never saved)." }).int().min(0).max(MAX_INT32, `version is at most ${MAX_INT32}.`),
  })
  .refine((value) => [value.organizationName, value.organizationUrl, value.ratingScale, value.checkingPolicy].some((field) => field !== undefined), {
    message: "Nothing to change: give organizationName, organizationUrl, ratingScale or checkingPolicy.",
  });
export type TUpdateDeskSettings = z.infer<typeof ZUpdateDeskSettingsSchema>;
