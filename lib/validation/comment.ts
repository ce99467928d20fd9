import { z } from "zod";

export const ZCommentSchema = z.strictObject({
  body: z.string({ error: "body is required." }).trim().min(1, "The comment is empty.").max(10_000, "A comment is at most 10,000 characters."),
});

export const ZThreadSchema = z.strictObject({ resolved: z.boolean({ error: "resolved must be true or false." }) });

export const ZReadNotificationsSchema = z.strictObject({
  ids: z
    .array(z.string().regex(/^[a-z0-9]{1,64}$/))
    .max(500)
    .optional(),
});
