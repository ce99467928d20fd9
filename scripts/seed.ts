// npm run db:seed — adds the demo users and sample article to the database in DATABASE_URL.
import { DEFAULT_SEED_PASSWORD, seedDemo } from "@/lib/server/seed/seed-demo";

if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL is not set. `npm start` seeds its embedded database by itself; db:seed is for a server of your own.");
  process.exit(2);
}
const result = await seedDemo({ password: process.env.SEED_PASSWORD || DEFAULT_SEED_PASSWORD });
console.log(`Seeded: ${result.usersCreated} user(s) created, sample article ${result.articleCreated ? "created" : "already there"}.`);
process.exit(0);
