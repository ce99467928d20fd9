import { RegisterClient } from "@/components/register/register-client";
import { can } from "@/lib/permissions";
import { requirePageUser } from "@/lib/server/auth/page-user";
import { listRegister } from "@/lib/server/register/register-entries";

export const metadata = { title: "Register · Factdesk" };

export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const actor = await requirePageUser();
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.trim().slice(0, 200) : "";
  const entries = await listRegister({ actor, q: query || undefined });
  return (
    <main className="page">
      <h1 className="page__title">Names and titles register</h1>
      <p className="page__subtitle">
        The people and organizations the desk has verified, with their spellings and the titles they held when. Every article is compared with it: a misspelt name, a title someone
        does not hold, or a past title without “former” shows up among the article’s suggestions.
      </p>
      <RegisterClient initialEntries={entries} query={query} canWrite={can(actor.role, "register:write")} />
    </main>
  );
}
