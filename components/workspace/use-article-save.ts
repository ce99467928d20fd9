"use client";
import { useCallback, useState, type RefObject } from "react";
import type { ReanchorCounts } from "@/lib/activity/activity-types";
import { ApiError, apiFetch } from "@/lib/client/api";
import type { ArticleDto } from "@/lib/dto";
import type { ArticleEditorHandle } from "./article-editor";

export type SaveConflictState = { latest: ArticleDto; mine: string };

type Options = {
  initialArticle: ArticleDto;
  editorRef: RefObject<ArticleEditorHandle | null>;
  /** After a save: the claims were re-anchored on the server and need reloading. */
  onSaved: (summary: string) => Promise<void>;
  onError: (message: string) => void;
};

/**
 * The article as last saved, whether the editor holds unsaved edits, and saving them: a save
 * over a newer version opens the conflict view with both texts instead of overwriting.
 */
export function useArticleSave({ initialArticle, editorRef, onSaved, onError }: Options) {
  const [article, setArticle] = useState<ArticleDto>(initialArticle);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<SaveConflictState | null>(null);

  const save = useCallback(async () => {
    const editor = editorRef.current;
    if (!editor || !dirty || saving) return;
    setSaving(true);
    try {
      const saved = await apiFetch<ArticleDto & { reanchored: ReanchorCounts }>(`/api/articles/${article.id}`, {
        method: "PUT",
        body: { format: "document", content: editor.document(), version: article.version },
      });
      setArticle(saved);
      setDirty(false);
      await onSaved(describeSave(saved.version, saved.reanchored));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const latest = await apiFetch<ArticleDto>(`/api/articles/${article.id}`).catch(() => null);
        if (latest) setConflict({ latest, mine: editor.text() });
        else onError(error.message);
      } else {
        onError(error instanceof Error ? `${error.message} Your edits are still here.` : "The text could not be saved.");
      }
    } finally {
      setSaving(false);
    }
  }, [article.id, article.version, dirty, editorRef, onError, onSaved, saving]);

  const markDirty = useCallback(() => setDirty(true), []);
  const dismissConflict = useCallback(() => setConflict(null), []);

  return { article, setArticle, dirty, markDirty, saving, save, conflict, dismissConflict };
}

export function describeSave(version: number, summary: ReanchorCounts): string {
  const parts = [
    summary.shifted > 0 && `${summary.shifted} claim${summary.shifted === 1 ? "" : "s"} with changed text`,
    summary.orphaned > 0 && `${summary.orphaned} orphaned`,
    summary.needsRecheck > 0 && `${summary.needsRecheck} to re-check`,
  ].filter(Boolean);
  return `Saved as version ${version}.${parts.length ? ` ${parts.join(", ")}.` : " Every claim is still on its text."}`;
}
