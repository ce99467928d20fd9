import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ArticleDto } from "@/lib/dto";
import { personSelect } from "../select";

export const articleSelect = {
  id: true,
  title: true,
  text: true,
  version: true,
  state: true,
  signedOffAt: true,
  publishedUrl: true,
  coverageWaiver: true,
  publicationDate: true,
  leadChecker: personSelect,
  signedOffBy: personSelect,
  createdAt: true,
  updatedAt: true,
  createdBy: personSelect,
  updatedBy: personSelect,
} satisfies Prisma.ArticleSelect;

export type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;

export function toArticleDto(row: ArticleRow): ArticleDto {
  return {
    ...row,
    publicationDate: row.publicationDate?.toISOString().slice(0, 10) ?? null,
    signedOffAt: row.signedOffAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
