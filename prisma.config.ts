import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The schema engine runs as WebAssembly ("js" engine) and talks to Postgres through the pg
// driver adapter, so no native Prisma engine has to be downloaded (see docs/decisions.md).
export default defineConfig({
  schema: "prisma/schema.prisma",
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => new PrismaPg({ connectionString: requireDatabaseUrl() }),
});

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run Prisma through the npm scripts, which start or find the database.");
  return url;
}
