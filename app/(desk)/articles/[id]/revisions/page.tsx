import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { DiffView } from "@/components/ui/diff-view";
import { Timestamp } from "@/components/ui/relative-time";
import { diffWords } from "@/lib/document/text-diff";
import { getArticle } from "@/lib/server/articles/get-article";
import { orNotFound } from "@/lib/server/auth/or-not-found";
import { requirePageUser } from "@/lib/server/auth/page-user";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { getRevision, listRevisions } from "@/lib/server/revisions/list-revisions";
import { ZIdSchema } from "@/lib/validation/common";
import { Table } from "@/components/ui/table";

export const metadata = { title: "Revisions · Factdesk" };

const ZRevisionQuerySchema = z.object({ from: z.coerce.number().int().min(1).optional(), to: z.coerce.number().int().min(1).optional() });

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RevisionsPage({ params, searchParams }: Props) {
  const actor = await requirePageUser();
  const { id } = await params;
  if (!ZIdSchema.safeParse(id).success) notFound();
  const query = ZRevisionQuerySchema.safeParse(await searchParams);
  const { article, revisions, from, to, before, after } = await orNotFound(loadRevisions(actor, id, query.success ? query.data : {}));
  const parts = diffWords(before.text, after.text);
  const changed = parts.some((part) => part.kind !== "same");
  return (
    <main className="page">
      <p className="muted small">
        <Link href={`/articles/${id}`}>← Back to the workspace</Link>
      </p>
      <h1 className="page__title">Revisions of “{article.title}”</h1>
      <div className="revisions">
        <nav aria-label="Revisions" className="revisions__list">
          <Table columns={["Version", "Saved", "Compare"]}>
            {revisions.map((revision) => (
              <tr key={revision.number} aria-current={revision.number === to ? "true" : undefined}>
                <td>v{revision.number}</td>
                <td>
                  {revision.createdBy.name}
                  <br />
                  <span className="muted small">
                    <Timestamp iso={revision.createdAt} />
                  </span>
                </td>
                <td>
                  {revision.number > 1 ? (
                    <Link href={`/articles/${id}/revisions?from=${revision.number - 1}&to=${revision.number}`}>
                      v{revision.number - 1} → v{revision.number}
                    </Link>
                  ) : (
                    <span className="muted small">first version</span>
                  )}
                </td>
              </tr>
            ))}
          </Table>
        </nav>
        <section className="revisions__diff" aria-labelledby="diff-heading">
          <h2 id="diff-heading" className="revisions__heading">
            Changes from v{from} to v{to}
          </h2>
          <p className="muted small">
            <del className="diff__removed">Struck text</del> was removed, <ins className="diff__added">underlined text</ins> was added.
          </p>
          {changed || from !== to ? <DiffView parts={parts} label={`Differences from version ${from} to version ${to}`} /> : <div className="diff">{after.text}</div>}
        </section>
      </div>
    </main>
  );
}

/** The article, its revisions and the two being compared (by default the newest and the one before). */
async function loadRevisions(actor: SessionUser, articleId: string, wanted: { from?: number; to?: number }) {
  const [article, revisions] = await Promise.all([getArticle({ actor, articleId }), listRevisions({ actor, articleId })]);
  const newest = revisions[0]?.number ?? article.version;
  const to = Math.min(wanted.to ?? newest, newest);
  const from = Math.min(wanted.from ?? Math.max(1, to - 1), to);
  const [before, after] = await Promise.all([getRevision({ actor, articleId, number: from }), getRevision({ actor, articleId, number: to })]);
  return { article, revisions, from, to, before, after };
}
