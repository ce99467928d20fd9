import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

/** Debian's Chromium when installed (as on CI), else Playwright's own browser. */
export function chromiumLaunchOptions(): LaunchOptions {
  const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(systemChromium)) return {};
  return {
    executablePath: systemChromium,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  };
}
