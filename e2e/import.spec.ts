import { expect, test } from "@playwright/test";
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { storageState, uniqueTitle } from "./helpers";

test.describe("importing", () => {
  test.use({ storageState: storageState("editor") });

  test("a Word document becomes an article with its headings, emphasis and lists", async ({ page }) => {
    const word = new Document({
      numbering: { config: [{ reference: "bullets", levels: [{ level: 0, format: "bullet", text: "•" }] }] },
      sections: [
        {
          children: [
            new Paragraph({ text: "Council approves the budget", heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun("Finance Minister "), new TextRun({ text: "Ana Ruiz", bold: true }), new TextRun({ text: " disagreed.", italics: true })] }),
            new Paragraph({ text: "Roads: €12 million", numbering: { reference: "bullets", level: 0 } }),
            new Paragraph({ text: "Schools: €9 million", numbering: { reference: "bullets", level: 0 } }),
          ],
        },
      ],
    });
    const buffer = await Packer.toBuffer(word);
    const title = uniqueTitle("Imported budget");
    await page.goto("/articles/new");
    await page
      .getByLabel("File", { exact: true })
      .setInputFiles({ name: "budget.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer });
    await page.getByLabel("Title (optional: the file name is used otherwise)").fill(title);
    await page.getByRole("button", { name: "Import file" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const body = page.locator(".article-body");
    await expect(body.locator("h1")).toHaveText("Council approves the budget");
    await expect(body.locator("strong")).toHaveText("Ana Ruiz");
    await expect(body.locator("em")).toHaveText("disagreed.");
    await expect(body.locator("li")).toHaveText(["Roads: €12 million", "Schools: €9 million"]);
  });

  test("other file types and HTML with scripts are handled safely", async ({ page, request }) => {
    await page.goto("/articles/new");
    await page.getByLabel("File", { exact: true }).setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
    await page.getByRole("button", { name: "Import file" }).click();
    await expect(page.locator("form[aria-label='Import a file'] [role=alert]")).toContainText(
      "scan.pdf cannot be imported: only Word (.docx), Markdown (.md), plain text (.txt) and HTML (.html)",
    );

    const response = await request.post("/api/articles/import", {
      multipart: {
        file: {
          name: "page.html",
          mimeType: "text/html",
          buffer: Buffer.from('<h2>Hi</h2><p onclick="x()">Safe <script>alert(1)</script><a href="javascript:evil()">link</a></p>'),
        },
      },
    });
    expect(response.status()).toBe(201);
    const article = await response.json();
    expect(article.title).toBe("page");
    expect(article.text).toBe("Hi\n\nSafe link");
  });
});
