import "server-only";
import { z } from "zod";

const ZServerEnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set. Start the app with `npm start`, which provides a database, or set it to a Postgres URL." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL."),
});

export type TServerEnv = z.infer<typeof ZServerEnvSchema>;

let cached: TServerEnv | undefined;

/** Validated on first use rather than at import, so `next build` needs no database settings. */
export function serverEnv(): TServerEnv {
  if (!cached) {
    const parsed = ZServerEnvSchema.safeParse(process.env);
    if (!parsed.success) throw new Error(`Invalid environment: ${parsed.error.issues.map((issue) => issue.message).join(" ")}`);
    cached = parsed.data;
  }
  return cached;
}
