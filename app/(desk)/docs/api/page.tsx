import Link from "next/link";
import { ApiReference } from "@/components/docs/api-reference";
import { requirePageUser } from "@/lib/server/auth/page-user";

export const metadata = { title: "API · Factdesk" };

export default async function ApiDocsPage() {
  await requirePageUser();
  return (
    <main className="page">
      <h1 className="page__title">Factdesk API</h1>
      <p className="page__subtitle">
        Everything the workspace does goes through this JSON API. Create a token under <Link href="/account">Account</Link> and send it as <code>Authorization: Bearer fdk_…</code>.
        The machine-readable description is at <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1, generated from the same schemas the server validates with).
      </p>
      <ApiReference />
    </main>
  );
}
