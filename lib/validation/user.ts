import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 10;

export const ZPasswordSchema = z
  .string({ error: "The password must be text." })
  .min(MIN_PASSWORD_LENGTH, `The new password must be at least ${MIN_PASSWORD_LENGTH} characters long.`)
  .max(1024, "The password must be at most 1,024 characters long.");

export const ZChangePasswordSchema = z.strictObject({
  currentPassword: z.string({ error: "currentPassword is required." }).min(1, "currentPassword is required."),
  newPassword: ZPasswordSchema,
});
export type TChangePassword = z.infer<typeof ZChangePasswordSchema>;
