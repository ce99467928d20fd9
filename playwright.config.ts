import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/lib/chromium";

// `npm test` starts the database and sets E2E_PORT, DATABASE_URL and AUTH_SECRET before
// Playwright runs; set E2E_BASE_URL instead to test a server that is already running.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.E2E_BASE_URL ?? `http://localhost:${port}`;
// A second app server on the same database and secret (e2e/live-desk.spec.ts); with
// E2E_BASE_URL, set E2E_SECOND_URL to a second server of your own (else the one is used twice).
const secondPort = Number(process.env.E2E_SECOND_PORT ?? port + 1);
process.env.E2E_SECOND_URL ??= process.env.E2E_BASE_URL ?? `http://localhost:${secondPort}`;

// Debian's Chromium where it is installed (CI and these machines); otherwise Playwright's own
// browser (`npx playwright install chromium` on a laptop).
const launchOptions = chromiumLaunchOptions();

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: { baseURL, trace: "retain-on-failure", launchOptions },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } }, dependencies: ["setup"], testIgnore: /(fuzz|devices)\.spec\.ts/ },
    // The main flows on a phone and a tablet (e2e/devices.spec.ts), with screenshot baselines.
    {
      name: "phone",
      testMatch: /devices\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
      dependencies: ["setup"],
    },
    { name: "tablet", testMatch: /devices\.spec\.ts/, use: { ...devices["Desktop Chrome"], viewport: { width: 1024, height: 768 }, hasTouch: true }, dependencies: ["setup"] },
    // After everything else and alone, so the row counts it compares are its own.
    { name: "fuzz", testMatch: /fuzz\.spec\.ts/, dependencies: ["chromium", "phone", "tablet"] },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : [port, secondPort].map((serverPort) => ({
        // Idle connections kept 65 s rather than Node's 5 s: a test's request client reuses a
        // connection after a pause, and one sent as the server closed it failed with ECONNRESET
        // (seen once in a full run). Only here: `npm start` keeps Node's default, since next
        // start's graceful drain would wait on idle connections (README, production notes).
        command: `node_modules/.bin/next start -p ${serverPort} --keepAliveTimeout 65000`,
        url: `http://localhost:${serverPort}/api/health`,
        reuseExistingServer: false,
        timeout: 120_000,
        stdout: "ignore" as const,
        stderr: "pipe" as const,
      })),
});
