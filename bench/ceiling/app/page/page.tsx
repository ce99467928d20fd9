import { headers } from "next/headers";

/** A bare page rendered per request, like every Factdesk page. */
export default async function BarePage() {
  const agent = (await headers()).get("user-agent") ?? "unknown";
  return (
    <main>
      <h1>Ceiling</h1>
      <p>Rendered for {agent.length} characters of user agent.</p>
    </main>
  );
}
