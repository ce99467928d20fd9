import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import type { SessionUser } from "../auth/session-user";
import { updateArticleSettings } from "../articles/update-article-settings";
import { getClaimHistory } from "../claims/get-claim-history";
import { createClaim } from "../claims/create-claim";
import { listClaims } from "../claims/list-claims";
import { updateClaim } from "../claims/update-claim";
import { addSource } from "./add-source";
import { deleteSource } from "./delete-source";
import { updateSource } from "./update-source";

const SECRET = "Deputy mayor's chief of staff";
const forbidden = (error: unknown) => error instanceof AppError && error.code === "FORBIDDEN";

/** A claim with a confidential source added by one checker, assigned to another, on an article with a lead checker. */
async function desk() {
  const [admin, editor, adder, assignee, lead, other, viewer] = await Promise.all([
    createTestUser("admin"),
    createTestUser("editor"),
    createTestUser("checker"),
    createTestUser("checker"),
    createTestUser("checker"),
    createTestUser("checker"),
    createTestUser("viewer"),
  ]);
  const article = await createTestArticle(editor, "The mayor said the budget rose by 4%.");
  await updateArticleSettings({ actor: editor, articleId: article.id, input: { leadCheckerId: lead.id } });
  const claim = await createClaim({ actor: adder, articleId: article.id, input: { quote: "4%", kind: "number" } });
  await updateClaim({ actor: editor, claimId: claim.id, input: { assigneeId: assignee.id, version: claim.version } });
  const source = await addSource({
    actor: adder,
    claimId: claim.id,
    input: { kind: "person", confidential: true, title: SECRET, contact: "+351 555 0101", excerpt: "Off the record" },
  });
  return { article, claim, source, admin, editor, adder, assignee, lead, other, viewer };
}

async function sourceAs(actor: SessionUser, articleId: string) {
  const [claim] = await listClaims({ actor, articleId });
  return claim!.sources[0]!;
}

describe("confidential sources", () => {
  it("are named to editors, admins, the assignee, the lead checker and whoever added them; others see only the kind", async () => {
    const { article, admin, editor, adder, assignee, lead, other, viewer } = await desk();
    for (const insider of [admin, editor, adder, assignee, lead]) {
      expect(await sourceAs(insider, article.id), insider.role).toMatchObject({ title: SECRET, contact: "+351 555 0101", detailsHidden: false });
    }
    for (const outsider of [other, viewer]) {
      const seen = await sourceAs(outsider, article.id);
      expect(seen).toMatchObject({ kind: "person", confidential: true, title: "", contact: "", excerpt: "", url: "", detailsHidden: true });
      expect(JSON.stringify(seen)).not.toContain("555");
    }
  });

  it("are hidden in the claim's history too, including what a source said before it was made confidential", async () => {
    const { article, claim, editor, adder, other, viewer } = await desk();
    const open = await addSource({ actor: adder, claimId: claim.id, input: { kind: "web", url: "https://leak.example/memo", title: "Leaked memo" } });
    await updateSource({ actor: editor, sourceId: open.id, input: { confidential: true, version: open.version } });
    for (const outsider of [other, viewer]) {
      const history = JSON.stringify(await getClaimHistory({ actor: outsider, claimId: claim.id }));
      expect(history).not.toContain(SECRET);
      expect(history).not.toContain("555");
      expect(history).not.toContain("leak.example");
      expect(history).not.toContain("Leaked memo");
    }
    const insiderHistory = JSON.stringify(await getClaimHistory({ actor: editor, claimId: claim.id }));
    expect(insiderHistory).toContain(SECRET);
    expect(insiderHistory).toContain("Leaked memo");
    expect((await sourceAs(viewer, article.id)).detailsHidden).toBe(true);
  });

  it("cannot be changed or removed by someone who may not see them", async () => {
    const { source, other, assignee } = await desk();
    await expect(updateSource({ actor: other, sourceId: source.id, input: { title: "Guess", version: source.version } })).rejects.toSatisfy(forbidden);
    await expect(deleteSource({ actor: other, sourceId: source.id })).rejects.toSatisfy(forbidden);
    const edited = await updateSource({ actor: assignee, sourceId: source.id, input: { publisher: "City Hall", version: source.version } });
    expect(edited).toMatchObject({ title: SECRET, publisher: "City Hall", detailsHidden: false });
  });
});
