import { describe, expect, it } from "vitest";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { countQueries } from "@/lib/testing/count-queries";
import { updateArticleSettings } from "../articles/update-article-settings";
import { addComment, setThreadResolved } from "../comments/comments";
import { getDb } from "../db";
import { claimDocumentOrder, claimSelect, toClaimDto } from "../select";
import { addSource } from "../sources/add-source";
import { claimDtoInTransaction, claimDtosOfArticle } from "./claim-rows";
import { createClaim } from "./create-claim";
import { updateClaim } from "./update-claim";

describe("claims read in one statement", () => {
  it("are exactly what Prisma's claimSelect gives, for every reader, confidential sources included", async () => {
    const editor = await createTestUser("editor");
    const checker = await createTestUser("checker");
    const lead = await createTestUser("checker");
    const viewer = await createTestUser("viewer");
    const article = await createTestArticle(editor, "The minister said 42 schools will close on 3 May 2026, and Ana Lima confirmed it.");
    await updateArticleSettings({ actor: editor, articleId: article.id, input: { leadCheckerId: lead.id } });

    const plain = await createClaim({ actor: checker, articleId: article.id, input: { quote: "42 schools", kind: "number" } });
    const enclosing = await createClaim({ actor: checker, articleId: article.id, input: { quote: "42 schools will close", kind: "event", note: "Check the list." } });
    const dated = await createClaim({ actor: editor, articleId: article.id, input: { quote: "3 May 2026", kind: "date", status: "verified" } });
    await addSource({ actor: checker, claimId: plain.id, input: { url: "https://example.org/schools", title: "School list", accessedAt: "2026-11-30", excerpt: "42" } });
    await addSource({ actor: checker, claimId: plain.id, input: { kind: "person", title: "A teacher", contact: "+44 20 0000", confidential: true } });
    await updateClaim({
      actor: editor,
      claimId: plain.id,
      input: { assigneeId: checker.id, status: "incorrect", version: (await getDb().claim.findUniqueOrThrow({ where: { id: plain.id } })).version },
    });
    const current = await getDb().claim.findUniqueOrThrow({ where: { id: plain.id } });
    await updateClaim({ actor: editor, claimId: plain.id, input: { decision: "corrected", decisionNote: "Fixed in the text.", version: current.version } });
    await addComment({ actor: checker, claimId: plain.id, body: "The list says 41." });
    await addComment({ actor: editor, claimId: plain.id, body: "Use the newer list." });
    await setThreadResolved({ actor: editor, claimId: plain.id, resolved: true });

    for (const reader of [viewer, checker, lead, editor]) {
      const expected = (await getDb().claim.findMany({ where: { articleId: article.id }, orderBy: claimDocumentOrder, select: claimSelect })).map((row) => toClaimDto(row, reader));
      const actual = (await claimDtosOfArticle(article.id, reader))!;
      expect(actual).toEqual(expected);
      expect(actual.map((claim) => claim.id)).toEqual([enclosing.id, plain.id, dated.id]);
      const one = await getDb().$transaction((tx) => claimDtoInTransaction(tx, plain.id, reader));
      expect(one).toEqual(expected[1]);
    }
    // The viewer learns that the confidential source exists, not who it is.
    const seenByViewer = (await claimDtosOfArticle(article.id, viewer))![1]!.sources;
    expect(seenByViewer.map((source) => [source.detailsHidden, source.contact])).toEqual([
      [false, ""],
      [true, ""],
    ]);
    expect((await claimDtosOfArticle(article.id, checker))![1]!.sources[1]!.contact).toBe("+44 20 0000");
    expect(await getDb().$transaction((tx) => claimDtoInTransaction(tx, "nosuchclaim", editor))).toBeNull();
    expect(await claimDtosOfArticle("nosucharticle", editor)).toBeNull();
    expect(await claimDtosOfArticle((await createTestArticle(editor, "Nothing marked yet.")).id, editor)).toEqual([]);
  });

  it("costs one statement however many claims and sources there are", async () => {
    const editor = await createTestUser("editor");
    const article = await createTestArticle(editor, Array.from({ length: 30 }, (_, index) => `Sentence ${index} says ${index * 7} people came.`).join(" "));
    for (let index = 0; index < 30; index++) {
      const claim = await createClaim({ actor: editor, articleId: article.id, input: { quote: `${index * 7} people`, kind: "number" } });
      await addSource({ actor: editor, claimId: claim.id, input: { title: `Count ${index}` } });
    }
    const { result, queries } = await countQueries(() => claimDtosOfArticle(article.id, editor));
    expect(result!).toHaveLength(30);
    expect(queries).toBe(1);
  });
});
