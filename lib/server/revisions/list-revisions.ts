import "server-only";
import type { RevisionDto, RevisionSummaryDto } from "@/lib/dto";
import { notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import { assertArticleExists } from "../articles/get-article";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { personSelect } from "../select";

export type ListRevisionsOptions = { actor: SessionUser; articleId: string };

/** The article's saved texts, newest first, without their text. */
export async function listRevisions({ actor, articleId }: ListRevisionsOptions): Promise<RevisionSummaryDto[]> {
  assertCan(actor, "article:read");
  await assertArticleExists(articleId);
  const rows = await getDb().$queryRaw<{ number: number; title: string; createdAt: Date; characters: number; createdById: string; createdByName: string }[]>`
    SELECT r."number", r."title", r."createdAt", length(r."text")::int AS "characters", u."id" AS "createdById", u."name" AS "createdByName"
    FROM "ArticleRevision" r JOIN "User" u ON u."id" = r."createdById"
    WHERE r."articleId" = ${articleId}
    ORDER BY r."number" DESC`;
  return rows.map((row) => ({
    number: row.number,
    title: row.title,
    createdAt: row.createdAt.toISOString(),
    characters: row.characters,
    createdBy: { id: row.createdById, name: row.createdByName },
  }));
}

export type GetRevisionOptions = { actor: SessionUser; articleId: string; number: number };

export async function getRevision({ actor, articleId, number }: GetRevisionOptions): Promise<RevisionDto> {
  assertCan(actor, "article:read");
  const row = await getDb().articleRevision.findUnique({
    where: { articleId_number: { articleId, number } },
    select: { number: true, title: true, text: true, createdAt: true, createdBy: personSelect },
  });
  if (!row) throw notFound(`Revision ${number} of article`, articleId);
  return { ...row, createdAt: row.createdAt.toISOString(), characters: row.text.length };
}
