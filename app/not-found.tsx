import Link from "next/link";

export default function NotFound() {
  return (
    <main className="page page--narrow">
      <div className="empty">
        <p className="empty__title">Not found</p>
        <p>This article or page does not exist, or it was deleted.</p>
        <Link className="button" href="/articles">
          Back to the articles
        </Link>
      </div>
    </main>
  );
}
