// npm run fuzz — the API fuzz test at full size: 10,000 requests (FUZZ_REQUESTS to change it,
// FUZZ_SEED to replay a run) against a throw-away app, printing the answers by status.
import { bin, run } from "@/lib/dev/run";
import { startThrowawayApp } from "./lib/throwaway-app";

const app = await startThrowawayApp();
let code: number;
try {
  const env = { ...process.env, E2E_BASE_URL: app.baseURL, FUZZ_REQUESTS: process.env.FUZZ_REQUESTS ?? "10000" };
  // The sessions the fuzz test starts from, then the fuzz test alone.
  code = await run(bin("playwright"), ["test", "--project=setup", "--reporter=line"], { env });
  if (code === 0) code = await run(bin("playwright"), ["test", "--project=fuzz", "--no-deps", "--reporter=line"], { env });
} finally {
  await app.stop();
}
process.exit(code);
