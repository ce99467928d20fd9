import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { selectInArticle, storageState, uniqueTitle } from "./helpers";

test.describe("checking an article", () => {
  test.use({ storageState: storageState("editor") });

  test("create an article, mark a claim, set its status, add a source and export the report", async ({ page }) => {
    // The whole loop in one test, two reports included: ~25 s on a quiet machine.
    test.setTimeout(75_000);
    const title = uniqueTitle("Port deal");
    await page.goto("/articles");
    await page.getByRole("link", { name: "New article" }).click();
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByLabel("Markdown").check();
    await page.getByLabel("Body").fill("## Talks\n\nSecretary of State **Jane Doe** arrived in Lisbon on 3 March 2026.\n\nThe deal is worth €4.5 billion.");
    await page.getByRole("button", { name: "Create article" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.locator(".article-body strong")).toHaveText("Jane Doe");

    // Mark "Secretary of State Jane Doe" (it crosses the bold boundary) with the keyboard shortcut.
    await selectInArticle(page, "Secretary of State ");
    await page.evaluate(() => {
      const selection = window.getSelection()!;
      const strong = document.querySelector(".article-body strong")!;
      selection.extend(strong.firstChild!, "Jane Doe".length);
    });
    // Editors edit the text, so the plain C shortcut types; Ctrl+Shift+M works everywhere.
    await page.keyboard.press("Control+Shift+M");
    await expect(page.getByRole("dialog", { name: "What kind of claim is this?" })).toContainText("Secretary of State Jane Doe");
    await page.keyboard.press("2"); // Title
    const item = page.locator("[data-claim-item]").first();
    await expect(item).toContainText("Secretary of State Jane Doe");
    await expect(item).toContainText("Title");
    const claimId = await item.getAttribute("data-claim-item");
    const highlights = page.locator(`.article-body [data-claim-id="${claimId}"]`);
    await expect(highlights.first()).toBeVisible();
    expect((await highlights.allTextContents()).join("")).toBe("Secretary of State Jane Doe");

    // A second, nested claim with the button.
    await selectInArticle(page, "Jane Doe");
    await page.getByRole("button", { name: /Mark claim/ }).click();
    await page.getByRole("button", { name: "1 Name" }).click();
    await expect(page.locator("[data-claim-item]")).toHaveCount(2);
    await expect(page.locator(".article-body [data-claim-id] [data-claim-id]")).toHaveText("Jane Doe");

    // Select the first claim from its highlight and verify it.
    await page.locator(".claim-item", { hasText: "Secretary of State Jane Doe" }).click();
    await page.getByRole("radio", { name: /Verified/ }).click();
    await expect(page.getByRole("radio", { name: /Verified/ })).toHaveAttribute("aria-checked", "true");
    await expect(page.locator(`.article-body [data-claim-id="${claimId}"]`).first()).toHaveAttribute("data-status", "verified");
    await expect(page.locator(".claim-detail")).toContainText("Set by Eli Editor");

    await page.getByLabel("Checker’s note").fill("Confirmed against the ministry's cabinet list.");
    await page.getByRole("button", { name: "Save note" }).click();
    await expect(page.getByRole("button", { name: "Save note" })).toBeDisabled();

    await page.getByRole("button", { name: "Add source" }).click();
    await page.getByLabel("URL").fill("https://gov.example/cabinet");
    await page.getByLabel("Title", { exact: true }).fill("Cabinet members");
    await page.getByLabel("Publisher").fill("Government of Example");
    await page.getByLabel("Excerpt that supports or refutes the claim").fill("Jane Doe, Secretary of State");
    await page.getByLabel("Accessed on").fill("2026-11-20");
    await page.getByRole("button", { name: "Add source" }).click();
    await expect(page.locator(".source__title")).toHaveText("Cabinet members");

    // The report reflects all of it.
    await page.getByText("Reports", { exact: true }).click();
    await page.getByRole("group", { name: "Export a report" }).getByLabel("Format").selectOption("md");
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download report" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^factdesk-report-port-deal-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync(await download.path(), "utf8");
    expect(markdown).toContain(`# Verified-claims report: ${title}`);
    expect(markdown).toContain("by Eli Editor");
    expect(markdown).toContain("| ✓ Verified | 1 |");
    expect(markdown).toContain("| ○ Unchecked | 1 |");
    expect(markdown).toContain("### 1\\. ✓ Verified · Title\n\n> Secretary of State Jane Doe");
    expect(markdown).toContain("> Confirmed against the ministry's cabinet list.");
    expect(markdown).toContain("1. [Cabinet members](<https://gov.example/cabinet>) (Web page, Government of Example, accessed 2026-11-20)");
    expect(markdown).toContain("_“Jane Doe, Secretary of State”_");
    expect(markdown).toContain("### 2\\. ○ Unchecked · Name\n\n> Jane Doe");

    // The annotated draft opens as a printable page with the claims footnoted.
    await page.getByRole("radio", { name: /Annotated draft/ }).check();
    await page.getByRole("group", { name: "Export a report" }).getByLabel("Format").selectOption("html");
    const popupPromise = page.waitForEvent("popup");
    await page.getByRole("link", { name: "Open report" }).click();
    const popup = await popupPromise;
    await expect(popup.locator("h1")).toHaveText(`Annotated draft: ${title}`);
    await expect(popup.locator("mark.s-verified")).toHaveText("Secretary of State ");
    await expect(popup.locator(".footnotes > ol > li")).toHaveCount(2);
    await popup.close();

    // The list shows the progress.
    await page.goto("/articles");
    const row = page.locator(".article-list__item", { hasText: title }).filter({ visible: true });
    await expect(row).toContainText("1 of 2 resolved");
  });

  test("clicking a highlight selects its claim in the panel", async ({ page, request }) => {
    const { createArticle, createClaim } = await import("./helpers");
    const article = await createArticle(request);
    const claim = await createClaim(request, article.id, "27 ministers", "number");
    await page.goto(`/articles/${article.id}`);
    await page.locator(`.article-body [data-claim-id="${claim.id}"]`).click();
    await expect(page.locator(`[data-claim-item="${claim.id}"]`)).toHaveAttribute("aria-current", "true");
    await expect(page.locator(".claim-detail__quote")).toHaveText("27 ministers");
  });
});
