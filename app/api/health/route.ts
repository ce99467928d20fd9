import { getDb } from "@/lib/server/db";
import { json } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return json({ status: "ok" });
  } catch {
    return json({ status: "unavailable", error: "The database does not answer." }, 503);
  }
}
