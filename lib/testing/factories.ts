import { randomUUID } from "node:crypto";
import type { Role } from "@/lib/permissions";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { hashPassword } from "@/lib/server/auth/password";
import { getDb } from "@/lib/server/db";
import { createArticle } from "@/lib/server/articles/create-article";

export const TEST_PASSWORD = "correct horse battery staple";

let passwordHash: Promise<string> | undefined;

/** A new user with a unique email; tests never share rows. */
export async function createTestUser(role: Role, name = `Test ${role}`): Promise<SessionUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = `${role}-${randomUUID()}@test.factdesk`;
  return getDb().user.create({
    data: { email, name, role, passwordHash: await passwordHash },
    select: { id: true, email: true, name: true, role: true },
  });
}

export async function createTestArticle(actor: SessionUser, content: string, title = `Article ${randomUUID()}`) {
  return createArticle({ actor, input: { title, format: "text", content } });
}
