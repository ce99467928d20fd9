import { z } from "zod";

const ZCommentBody = z.string({ error: "body is required." }).trim().min(1, "The comment is empty.").max(10_000, "A comment is at most 10,000 characters.");

/** Editing a comment: its new text. */
export const ZCommentSchema = z.strictObject({ body: ZCommentBody });

/** A new comment; `replyTo` answers a comment of the same claim (a reply to a reply joins its thread). */
export const ZNewCommentSchema = z.strictObject({
  body: ZCommentBody,
  replyTo: z
    .string()
    .regex(/^[a-z0-9]{1,64}$/, "replyTo must be the id of a comment on this claim.")
    .optional(),
});

export const ZThreadSchema = z.strictObject({ resolved: z.boolean({ error: "resolved must be true or false." }) });

export const ZReadNotificationsSchema = z.strictObject({
  ids: z
    .array(z.string().regex(/^[a-z0-9]{1,64}$/))
    .max(500)
    .optional(),
});
