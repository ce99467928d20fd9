import { expect, test } from "@playwright/test";
import { storageState } from "./helpers";

test.describe("email preferences", () => {
  test.use({ storageState: storageState("viewer") });

  test("anyone chooses how their inbox reaches them by email, and the server keeps it", async ({ page, request }) => {
    await page.goto("/account");
    await page.getByLabel(/Daily digest/).check();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    expect(await (await request.get("/api/me/preferences")).json()).toMatchObject({ emailNotifications: "daily" });
    await page.reload();
    await expect(page.getByLabel(/Daily digest/)).toBeChecked();
    const bad = await request.patch("/api/me/preferences", { data: { emailNotifications: "hourly" } });
    expect(bad.status()).toBe(400);
    await request.patch("/api/me/preferences", { data: { emailNotifications: "off" } });
  });
});
