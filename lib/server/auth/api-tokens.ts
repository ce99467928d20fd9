import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { ApiTokenDto } from "@/lib/dto";
import { notFound } from "@/lib/errors/app-error";
import { recordActivity } from "../activity/record-activity";
import { getDb } from "../db";
import { queryRows, type Statement } from "../sql";
import type { SessionUser } from "./session-user";

const TOKEN_PREFIX = "fdk_";
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

const tokenSelect = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

function toDto(row: { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }): ApiTokenDto {
  return { ...row, createdAt: row.createdAt.toISOString(), lastUsedAt: row.lastUsedAt?.toISOString() ?? null, revokedAt: row.revokedAt?.toISOString() ?? null };
}

/** Creates a token for the signed-in user; the token itself is returned this once and never again. */
export async function createApiToken({ actor, name }: { actor: SessionUser; name: string }): Promise<{ token: string; apiToken: ApiTokenDto }> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return getDb().$transaction(async (tx) => {
    const row = await tx.apiToken.create({ data: { userId: actor.id, name, prefix: token.slice(0, 10), tokenHash: hashToken(token) }, select: tokenSelect });
    await recordActivity(tx, { actorId: actor.id, entityType: "user", entityId: actor.id, action: "user.token_created", after: { tokenId: row.id, name } });
    return { token, apiToken: toDto(row) };
  });
}

export async function listApiTokens({ actor }: { actor: SessionUser }): Promise<ApiTokenDto[]> {
  const rows = await getDb().apiToken.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, select: tokenSelect });
  return rows.map(toDto);
}

/** Revokes one of the signed-in user's tokens; it is refused from the next request on. */
export async function revokeApiToken({ actor, tokenId }: { actor: SessionUser; tokenId: string }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where: { id: tokenId, userId: actor.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw notFound("Token", tokenId);
    await recordActivity(tx, { actorId: actor.id, entityType: "user", entityId: actor.id, action: "user.token_revoked", after: { tokenId } });
  });
}

const TOKEN_USER: Statement = {
  name: "api-token-user",
  text: `SELECT t."id" AS "tokenId", t."lastUsedAt", u."id", u."email", u."name", u."role" FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"
    WHERE t."tokenHash" = $1 AND t."revokedAt" IS NULL AND u."active"`,
};

/** The active user a bearer token belongs to, or null for an unknown, revoked or deactivated one. One statement a request. */
export async function userForApiToken(token: string): Promise<SessionUser | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const [row] = await queryRows<SessionUser & { tokenId: string; lastUsedAt: Date | null }>(TOKEN_USER, [hashToken(token)]);
  if (!row) return null;
  // Remember use at most once a minute, not on every request.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await getDb().apiToken.update({ where: { id: row.tokenId }, data: { lastUsedAt: new Date() } });
  }
  const { id, email, name, role } = row;
  return { id, email, name, role };
}
