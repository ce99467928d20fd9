import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { countQueries } from "@/lib/testing/count-queries";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { deleteArticle } from "../articles/delete-article";
import { USER_CHANGES_CHANNEL } from "../auth/sessions";
import { addComment, deleteComment } from "../comments/comments";
import { getDb } from "../db";
import { isListening } from "../db-listener";
import { serverEnv } from "../env";
import { addSource } from "../sources/add-source";
import { createClaim } from "./create-claim";
import { listClaims } from "./list-claims";
import { updateClaim } from "./update-claim";

// An app server answers an article's claims list from memory after one statement asking the
// activity log whether anything changed since the list's snapshot: nothing it answers is older
// than the database at the time of the request, whoever made the change and in whatever order
// the writers committed.

const TEXT = "The council approved 42 new homes on Tuesday.\n\nMayor Ana Ruiz called it a start.";

const listening = () => vi.waitFor(() => expect(isListening(USER_CHANGES_CHANNEL)).toBe(true), { timeout: 10_000, interval: 20 });

async function setup() {
  const editor = await createTestUser("editor");
  const checker = await createTestUser("checker");
  const article = await createTestArticle(editor, TEXT);
  const claim = await createClaim({ actor: checker, articleId: article.id, input: { quote: "42 new homes", kind: "number" } });
  // The first read starts this process listening; lists are remembered once it is.
  await listClaims({ actor: checker, articleId: article.id });
  await listening();
  return { editor, checker, article, claim };
}

/** Another app server, a script or psql: its own connection, its own transactions. */
const clients: pg.Client[] = [];
async function otherConnection(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: serverEnv().DATABASE_URL });
  await client.connect();
  clients.push(client);
  return client;
}
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.end()));
});

/** A change to a claim as every writer makes it: with its entry in the activity log, in one transaction. */
async function changeNoteIn(client: pg.Client, claim: { id: string; articleId: string }, actorId: string, note: string) {
  await client.query(`UPDATE "Claim" SET "note" = $2 WHERE "id" = $1`, [claim.id, note]);
  await client.query(
    `INSERT INTO "ActivityEvent" ("id", "at", "actorId", "entityType", "entityId", "articleId", "claimId", "action") VALUES (gen_random_uuid()::text, now(), $1, 'claim', $2, $3, $2, 'claim.updated')`,
    [actorId, claim.id, claim.articleId],
  );
}

describe("an article's claims list, remembered by each app server", () => {
  it("is answered after one statement while nothing changed, and read again after any change", async () => {
    const { checker, article, claim } = await setup();
    const first = await listClaims({ actor: checker, articleId: article.id });
    const again = await countQueries(() => listClaims({ actor: checker, articleId: article.id }));
    expect(again).toEqual({ result: first, queries: 1 });

    await addSource({ actor: checker, claimId: claim.id, input: { url: "https://example.org/minutes" } });
    const sourced = await countQueries(() => listClaims({ actor: checker, articleId: article.id }));
    expect(sourced.queries).toBe(2);
    expect(sourced.result[0]!.sources.map((source) => source.url)).toEqual(["https://example.org/minutes"]);

    const comment = await addComment({ actor: checker, claimId: claim.id, body: "Minutes, page 4." });
    expect((await listClaims({ actor: checker, articleId: article.id }))[0]!.commentCount).toBe(1);
    await deleteComment({ actor: checker, commentId: comment.id });
    expect((await listClaims({ actor: checker, articleId: article.id }))[0]!.commentCount).toBe(0);

    await updateClaim({ actor: checker, claimId: claim.id, input: { status: "verified", version: 1 } });
    expect((await listClaims({ actor: checker, articleId: article.id }))[0]).toMatchObject({ status: "verified", version: 2 });
    expect(await countQueries(() => listClaims({ actor: checker, articleId: article.id }))).toMatchObject({ queries: 1 });
  });

  it("sees what another connection committed, including a transaction that began before the list was read and committed after", async () => {
    const { checker, article, claim } = await setup();
    const early = await otherConnection();
    const late = await otherConnection();
    // The early writer takes the lower transaction id and commits last: a "highest id seen"
    // marker would call the list current after the late one, and miss it.
    await early.query("BEGIN");
    await changeNoteIn(early, claim, checker.id, "early");
    await late.query("BEGIN");
    await changeNoteIn(late, { ...claim, id: (await createClaim({ actor: checker, articleId: article.id, input: { quote: "Ana Ruiz", kind: "name" } })).id }, checker.id, "late");
    await late.query("COMMIT");

    const remembered = await listClaims({ actor: checker, articleId: article.id });
    expect(remembered.map((row) => row.note)).toEqual(["", "late"]);
    expect(await countQueries(() => listClaims({ actor: checker, articleId: article.id }))).toMatchObject({ queries: 1 });

    await early.query("COMMIT");
    expect((await listClaims({ actor: checker, articleId: article.id })).map((row) => row.note)).toEqual(["early", "late"]);
  });

  it("forgets an article that was deleted, and sees changes to the article row itself", async () => {
    const { editor, checker, article, claim } = await setup();
    const lead = await createTestUser("checker", "Lead checker");
    await addSource({ actor: checker, claimId: claim.id, input: { kind: "person", confidential: true, title: "City clerk", contact: "Jane Roe, 555-0100" } });
    const asLead = () => listClaims({ actor: lead, articleId: article.id });
    expect((await asLead())[0]!.sources[0]).toMatchObject({ contact: "", detailsHidden: true });
    // Written behind the app's back, with no log entry: the article row's version still tells.
    await getDb().article.update({ where: { id: article.id }, data: { leadCheckerId: lead.id } });
    expect((await asLead())[0]!.sources[0]).toMatchObject({ contact: "Jane Roe, 555-0100" });

    await deleteArticle({ actor: editor, articleId: article.id });
    await expect(asLead()).rejects.toSatisfy((error) => error instanceof AppError && error.code === "NOT_FOUND");
  });

  it("shows each reader only what they may see, from the same remembered rows", async () => {
    const { checker, article, claim } = await setup();
    const viewer = await createTestUser("viewer");
    await addSource({ actor: checker, claimId: claim.id, input: { kind: "person", confidential: true, title: "City clerk", contact: "Jane Roe, 555-0100" } });
    expect((await listClaims({ actor: checker, articleId: article.id }))[0]!.sources[0]).toMatchObject({ contact: "Jane Roe, 555-0100" });
    const seen = await countQueries(() => listClaims({ actor: viewer, articleId: article.id }));
    expect(seen.queries).toBe(1);
    expect(seen.result[0]!.sources[0]).toMatchObject({ contact: "", title: "", detailsHidden: true });
  });

  it("shows a person's new name once Postgres has told this server of the rename", async () => {
    const { checker, article } = await setup();
    expect((await listClaims({ actor: checker, articleId: article.id }))[0]!.createdBy.name).toBe(checker.name);
    const other = await otherConnection();
    await other.query(`UPDATE "User" SET "name" = 'Renamed Checker' WHERE "id" = $1`, [checker.id]);
    await vi.waitFor(async () => expect((await listClaims({ actor: checker, articleId: article.id }))[0]!.createdBy.name).toBe("Renamed Checker"), {
      timeout: 5_000,
      interval: 20,
    });
  });
});
