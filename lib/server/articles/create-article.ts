import "server-only";
import type { ArticleDto } from "@/lib/dto";
import { parseContent } from "@/lib/document/parse-content";
import { buildTextModel } from "@/lib/document/text-model";
import { assertCan } from "@/lib/permissions";
import type { TCreateArticle } from "@/lib/validation/article";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/current-user";
import { getDb } from "../db";
import { articleSelect, toArticleDto } from "./article-select";

export type CreateArticleOptions = { actor: SessionUser; input: TCreateArticle };

export async function createArticle({ actor, input }: CreateArticleOptions): Promise<ArticleDto> {
  assertCan(actor, "article:create");
  const doc = parseContent(input.format, input.content);
  const { text } = buildTextModel(doc);
  return getDb().$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        title: input.title,
        body: doc.toJSON(),
        text,
        createdById: actor.id,
        updatedById: actor.id,
        revisions: { create: { number: 1, title: input.title, body: doc.toJSON(), text, createdById: actor.id } },
      },
      select: articleSelect,
    });
    await recordActivity(tx, {
      actorId: actor.id,
      entityType: "article",
      entityId: article.id,
      articleId: article.id,
      action: "article.created",
      after: { title: article.title, format: input.format, characters: text.length },
    });
    return toArticleDto(article);
  });
}
