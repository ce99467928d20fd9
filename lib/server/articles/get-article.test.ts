import { describe, expect, it } from "vitest";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { countQueries } from "@/lib/testing/count-queries";
import { getDb } from "../db";
import { articleSelect, toArticleDto } from "./article-select";
import { getArticle, getArticleWithBody } from "./get-article";
import { updateArticleSettings } from "./update-article-settings";

describe("an article read in one statement", () => {
  it("is what Prisma's articleSelect gives: people, days and times included", async () => {
    const editor = await createTestUser("editor");
    const lead = await createTestUser("checker");
    const article = await createTestArticle(editor, "The bridge opened on 14 October 2025.");
    await updateArticleSettings({ actor: editor, articleId: article.id, input: { leadCheckerId: lead.id, publicationDate: "2025-10-15" } });
    await getDb().article.update({ where: { id: article.id }, data: { signedOffById: editor.id, signedOffAt: new Date("2025-10-15T21:30:05.123Z") } });

    const prismaRow = await getDb().article.findUniqueOrThrow({ where: { id: article.id }, select: { ...articleSelect, body: true } });
    const { body, ...row } = prismaRow;
    const { result, queries } = await countQueries(() => getArticle({ actor: lead, articleId: article.id }));
    expect(result).toEqual(toArticleDto(row));
    expect(queries).toBe(1);
    expect(result).toMatchObject({ publicationDate: "2025-10-15", signedOffAt: "2025-10-15T21:30:05.123Z", leadChecker: { id: lead.id }, signedOffBy: { id: editor.id } });
    expect(await getArticleWithBody({ actor: lead, articleId: article.id })).toEqual({ ...toArticleDto(row), body });
    await expect(getArticle({ actor: lead, articleId: "nosucharticle" })).rejects.toMatchObject({ status: 404 });
  });
});
