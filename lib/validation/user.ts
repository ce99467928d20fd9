import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 10;

export const ZPasswordSchema = z
  .string({ error: "The password must be text." })
  .min(MIN_PASSWORD_LENGTH, `The new password must be at least ${MIN_PASSWORD_LENGTH} characters long.`)
  .max(1024, "The password must be at most 1,024 characters long.");

export const ZChangePasswordSchema = z.strictObject({
  currentPassword: z.string({ error: "currentPassword is required." }).min(1, "currentPassword is required."),
  newPassword: ZPasswordSchema,
  /** Also revoke every API token of the account (a password change ends every session either way). */
  revokeTokens: z.boolean({ error: "revokeTokens must be true or false." }).optional(),
});

const ZRoleSchema = z.enum(["admin", "editor", "checker", "viewer"], { error: "role must be one of: admin, editor, checker, viewer." });

export const ZCreateInviteSchema = z.strictObject({
  email: z.string().trim().toLowerCase().email("email must be an email address.").max(320),
  role: ZRoleSchema,
});

export const ZAcceptInviteSchema = z.strictObject({
  name: z.string().trim().min(1, "name must not be empty.").max(120, "name must be at most 120 characters."),
  password: ZPasswordSchema,
});

export const ZUpdateUserSchema = z
  .strictObject({ role: ZRoleSchema.optional(), active: z.boolean().optional() })
  .refine((value) => value.role !== undefined || value.active !== undefined, { message: "Nothing to change: give role or active." });

export const ZCreateApiTokenSchema = z.strictObject({
  name: z.string({ error: "name is required." }).trim().min(1, "Give the token a name, such as the script that will use it.").max(100, "name must be at most 100 characters."),
});

export const ZInviteTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

export const EMAIL_FREQUENCIES = ["off", "immediate", "daily"] as const;
export const ZPreferencesSchema = z.strictObject({
  /** Inbox items by email: never, as they come (after a short delay, if still unread), or as a daily digest. */
  emailNotifications: z.enum(EMAIL_FREQUENCIES, { error: 'emailNotifications must be "off", "immediate" or "daily".' }),
});
export type TPreferences = z.infer<typeof ZPreferencesSchema>;
