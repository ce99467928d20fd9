import type { Role } from "@/lib/permissions";

/** The person a request acts for, whether signed in by session cookie or by API token. */
export type SessionUser = { id: string; email: string; name: string; role: Role };
