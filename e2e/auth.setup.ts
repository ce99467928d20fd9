import { expect, test as setup } from "@playwright/test";
import { PASSWORD, storageState, type Role } from "./helpers";

// Sign in once per role through the real form and keep the session for the other tests.
for (const role of ["admin", "editor", "checker", "viewer"] as Role[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(`${role}@example.com`);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/articles$/);
    await expect(page.locator(".role-badge")).toHaveText(role);
    await page.context().storageState({ path: storageState(role) });
  });
}
