import { notFound } from "next/navigation";
import { DeskSettingsClient } from "@/components/settings/desk-settings-client";
import { can } from "@/lib/permissions";
import { requirePageUser } from "@/lib/server/auth/page-user";
import { getDeskSettings } from "@/lib/server/settings/desk-settings";

export const metadata = { title: "Settings · Factdesk" };

export default async function DeskSettingsPage() {
  const actor = await requirePageUser();
  if (!can(actor.role, "desk:configure")) notFound();
  const settings = await getDeskSettings({ actor });
  return (
    <main className="page">
      <h1 className="page__title">Desk settings</h1>
      <p className="page__subtitle">
        What “checked” means on this desk, how the desk signs the fact-checks it publishes as ClaimReview markup, and how its statuses become ratings readers and search engines
        see.
      </p>
      <DeskSettingsClient initial={settings} />
    </main>
  );
}
