import Link from "next/link";
import { RefreshOnDeskChange } from "@/components/live/live-desk";
import { currentHorizon } from "@/lib/server/live/article-events";
import { StatusBadge } from "@/components/claims/status-badge";
import { KindOptions, StatusOptions } from "@/components/claims/vocabulary-options";
import { Timestamp } from "@/components/ui/relative-time";
import { KIND_LABELS } from "@/lib/claims/vocabulary";
import { requirePageUser } from "@/lib/server/auth/page-user";
import { getMyQueue } from "@/lib/server/queue/get-my-queue";
import { ZQueuePageFiltersSchema } from "@/lib/validation/claim";
import { ARTICLE_STATE_LABELS } from "@/lib/workflow/article-workflow";
import { Table } from "@/components/ui/table";

export const metadata = { title: "My queue · Factdesk" };

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageUser();
  const filters = ZQueuePageFiltersSchema.parse(await searchParams);
  // Before the read: the live stream announces whatever the read may have missed.
  const liveSince = await currentHorizon();
  const queue = await getMyQueue({ actor, filters });
  return (
    <main className="page">
      <RefreshOnDeskChange since={liveSince} />
      <div className="page__header">
        <div>
          <h1 className="page__title">My queue</h1>
          <p className="page__subtitle">Claims assigned to you that still need work, oldest first.</p>
        </div>
      </div>
      <form className="filters" method="get" aria-label="Filter the queue">
        <label className="field field--compact">
          <span className="field__label">Status</span>
          <select className="input" name="status" defaultValue={filters.status ?? ""}>
            <option value="">Any open status</option>
            <StatusOptions />
          </select>
        </label>
        <label className="field field--compact">
          <span className="field__label">Kind</span>
          <select className="input" name="kind" defaultValue={filters.kind ?? ""}>
            <option value="">Any kind</option>
            <KindOptions />
          </select>
        </label>
        <button className="button" type="submit">
          Filter
        </button>
      </form>
      {queue.length === 0 ? (
        <div className="empty">
          <p className="empty__title">Nothing waiting for you</p>
          <p>Claims assigned to you appear here until they are resolved.</p>
        </div>
      ) : (
        <Table columns={["Claim", "Status", "Article", "Marked"]} className="table queue">
          {queue.map(({ claim, article }) => (
            <tr key={claim.id} data-queue-claim={claim.id}>
              <td>
                <Link href={`/articles/${article.id}?claim=${claim.id}`} className="queue__quote">
                  {claim.quote}
                </Link>
                <div className="muted small">
                  {KIND_LABELS[claim.kind]}
                  {claim.needsRecheck && " · changed since checked"}
                  {claim.anchorState === "orphaned" && " · orphaned"}
                </div>
              </td>
              <td>
                <StatusBadge status={claim.status} />
              </td>
              <td>
                {article.title}
                <div className="muted small">{ARTICLE_STATE_LABELS[article.state]}</div>
              </td>
              <td className="muted small">
                <Timestamp iso={claim.createdAt} />
              </td>
            </tr>
          ))}
        </Table>
      )}
    </main>
  );
}
