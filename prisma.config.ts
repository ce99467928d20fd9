import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The schema engine runs as WebAssembly ("js" engine) and talks to Postgres through the pg
// driver adapter, so no native Prisma engine has to be downloaded (see docs/decisions.md).
//
// With the js engine the CLI needs DATABASE_URL resolved even for commands that never connect
// (generate, validate; `npm install` runs generate); when it is missing the CLI falls back to
// downloading a native engine, which fails offline with a misleading error. So an unset
// DATABASE_URL becomes an address that names the problem in any connection error instead.
process.env.DATABASE_URL ||= "postgresql://DATABASE_URL-is-not-set@127.0.0.1:1/set-DATABASE_URL";

export default defineConfig({
  schema: "prisma/schema.prisma",
  engine: "js",
  experimental: { adapter: true },
  adapter: () => Promise.resolve(new PrismaPg({ connectionString: process.env.DATABASE_URL! })),
});
