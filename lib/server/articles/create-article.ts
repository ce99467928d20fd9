import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { ArticleDto } from "@/lib/dto";
import { importFile } from "@/lib/document/import-file";
import { parseContent } from "@/lib/document/parse-content";
import { buildTextModel } from "@/lib/document/text-model";
import { assertCan } from "@/lib/permissions";
import type { TCreateArticle } from "@/lib/validation/article";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { articleSelect, toArticleDto } from "./article-select";

export type CreateArticleOptions = { actor: SessionUser; input: TCreateArticle };

/** A new article from pasted plain text or Markdown. */
export async function createArticle({ actor, input }: CreateArticleOptions): Promise<ArticleDto> {
  assertCan(actor, "article:create");
  return storeNewArticle({ actor, title: input.title, doc: parseContent(input.format, input.content), origin: input.format });
}

export type ImportArticleOptions = { actor: SessionUser; fileName: string; bytes: Uint8Array; title?: string };

/** A new article from an uploaded .docx, .md, .txt or .html file. */
export async function importArticle({ actor, fileName, bytes, title }: ImportArticleOptions): Promise<ArticleDto> {
  assertCan(actor, "article:create");
  const imported = await importFile({ fileName, bytes });
  return storeNewArticle({ actor, title: title?.trim() || imported.title, doc: imported.doc, origin: `file ${fileName}` });
}

async function storeNewArticle({ actor, title, doc, origin }: { actor: SessionUser; title: string; doc: ProseMirrorNode; origin: string }): Promise<ArticleDto> {
  const { text } = buildTextModel(doc);
  const body = doc.toJSON() as Prisma.InputJsonValue;
  return getDb().$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        title,
        body,
        text,
        createdById: actor.id,
        updatedById: actor.id,
        revisions: { create: { number: 1, title, body, text, createdById: actor.id } },
      },
      select: articleSelect,
    });
    await recordActivity(tx, {
      actorId: actor.id,
      entityType: "article",
      entityId: article.id,
      articleId: article.id,
      action: "article.created",
      after: { title: article.title, from: origin, characters: text.length },
    });
    return toArticleDto(article);
  });
}
