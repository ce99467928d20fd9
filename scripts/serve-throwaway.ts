// npm run serve:throwaway — a complete, seeded Factdesk on a throw-away database, for running
// one end-to-end spec at a time against it:
//   E2E_BASE_URL=<printed address> npx playwright test e2e/claims.spec.ts
// (the fuzz test also wants DATABASE_URL=<printed database>).
// Ctrl-C stops the server and deletes the database.
import { startThrowawayApp } from "./lib/throwaway-app";

const app = await startThrowawayApp();
console.log(`Factdesk (throw-away) is at ${app.baseURL}; the demo password is "${app.password}"; its database: ${process.env.DATABASE_URL}. Ctrl-C stops it.`);
const stop = () => {
  void app.stop().then(() => process.exit(0));
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
