import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import { locateAnnotations, type ImportProblem, type WebAnnotation } from "@/lib/publishing/web-annotation-import";
import { lockArticle } from "../articles/lock-article";
import type { SessionUser } from "../auth/session-user";
import { insertClaims } from "../claims/insert-claims";
import { getDb } from "../db";
import { toDateColumn } from "../sources/source-fields";

export type ImportAnnotationsOptions = {
  actor: SessionUser;
  articleId: string;
  annotations: WebAnnotation[];
  /** Import what can be placed and report the rest, instead of refusing the whole import. */
  skipUnplaced: boolean;
};

export type ImportAnnotationsResult = { created: number; alreadyPresent: number; skipped: ImportProblem[] };

/**
 * Creates claims (with status, kind, note and sources) from W3C Web Annotations, placed by
 * their selectors in the article's current text. All or nothing: unless `skipUnplaced`, one
 * annotation that cannot be placed refuses the import with the list of those that failed. A
 * claim already marked on exactly the same span is not created twice.
 */
export async function importAnnotations({ actor, articleId, annotations, skipUnplaced }: ImportAnnotationsOptions): Promise<ImportAnnotationsResult> {
  assertCan(actor, "claim:write");
  assertCan(actor, "source:write");
  return getDb().$transaction(
    async (tx) => {
      const article = await lockArticle(tx, articleId);
      const { claims, problems } = locateAnnotations(article.text, annotations);
      if (problems.length > 0 && !skipUnplaced) {
        const shown = problems.slice(0, 10).map((problem) => `#${problem.index + 1} (“${truncate(problem.quote)}”): ${problem.reason}`);
        throw new AppError(
          "UNPROCESSABLE",
          `${problems.length} of ${annotations.length} annotations cannot be placed in this article's text, so nothing was imported. ${shown.join("; ")}${problems.length > 10 ? "; …" : ""}. Add ?skipUnplaced=true to import the rest.`,
          { problems },
        );
      }
      const existing = await tx.claim.findMany({ where: { articleId, start: { not: null } }, select: { start: true, end: true } });
      const taken = new Set(existing.map((claim) => `${claim.start}:${claim.end}`));
      const fresh = claims.filter((claim) => {
        const key = `${claim.start}:${claim.end}`;
        if (taken.has(key)) return false;
        taken.add(key);
        return true;
      });
      const created = await insertClaims(tx, {
        actor,
        article: { id: articleId, text: article.text },
        drafts: fresh.map((claim) => ({ start: claim.start, end: claim.end, kind: claim.kind, status: claim.status, note: claim.note, sources: claim.sources.length })),
        from: "web annotation import",
      });
      const sources = created.flatMap((row, index) =>
        fresh[index]!.sources.map((source) => ({ ...source, claimId: row.id, accessedAt: toDateColumn(source.accessedAt), addedById: actor.id })),
      );
      if (sources.length > 0) await tx.source.createMany({ data: sources });
      return { created: created.length, alreadyPresent: claims.length - fresh.length, skipped: problems };
    },
    { timeout: 60_000 },
  );
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
