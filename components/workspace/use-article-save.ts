"use client";
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from "react";
import type { ReanchorCounts } from "@/lib/activity/activity-types";
import { ApiError, apiFetch } from "@/lib/client/api";
import { isPlainTextEdit, mergeWords } from "@/lib/document/word-merge";
import type { ArticleDto, ArticleWithBodyDto } from "@/lib/dto";
import type { HighlightedClaim } from "@/lib/editor/claim-highlights";
import type { ArticleEditorHandle } from "./article-editor";

export type SaveConflictState = { latest: ArticleDto; mine: string };

/** What became of a colleague's newer version: shown, merged with my unsaved edits, or a conflict to resolve. */
export type Received = "current" | "loaded" | "merged" | "conflict" | "later";

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

  // The latest state, for work that finishes after a fetch (the person may have typed meanwhile).
  const now = useRef({ article, dirty, saving });
  useLayoutEffect(() => {
    now.current = { article, dirty, saving };
  });

  /**
   * A version someone saved (with the claims anchored on it): shown in place when I have no
   * unsaved edits; with unsaved edits, they are re-applied on top of it when they touch other
   * words, else the conflict view opens now, before I try to save. "later": I am saving.
   */
  const receive = useCallback(
    (latest: ArticleWithBodyDto, claims: HighlightedClaim[]): Received => {
      const { article: current, dirty: unsaved, saving: busy } = now.current;
      const editor = editorRef.current;
      const { body, ...shown } = latest;
      if (latest.version <= current.version) {
        if (latest.version === current.version) setArticle(shown);
        return "current";
      }
      if (busy) return "later";
      if (!editor) return "later";
      if (!unsaved) {
        editor.load(body, claims, []);
        setArticle(shown);
        return "loaded";
      }
      const mine = editor.text();
      // Unsaved changes that leave the text as it was (formatting) cannot be merged by words.
      if (mine === current.text) {
        setConflict({ latest, mine });
        return "conflict";
      }
      const merged = mergeWords(current.text, mine, latest.text);
      if (!merged.ok || !merged.edits.every((edit) => isPlainTextEdit(latest.text, edit))) {
        setConflict({ latest, mine });
        return "conflict";
      }
      editor.load(body, claims, merged.edits);
      setArticle(shown);
      setConflict(null);
      return "merged";
    },
    [editorRef],
  );

  /** The article's settings or workflow state as someone changed them; false when its text is newer than mine (read it with `receive`). */
  const receiveSettings = useCallback((latest: ArticleDto): boolean => {
    const current = now.current.article;
    if (latest.version > current.version) return false;
    if (latest.version === current.version) setArticle(latest);
    return true;
  }, []);

  const markDirty = useCallback(() => setDirty(true), []);
  const dismissConflict = useCallback(() => setConflict(null), []);

  return { article, setArticle, dirty, markDirty, saving, save, conflict, dismissConflict, receive, receiveSettings };
}

export function describeSave(version: number, summary: ReanchorCounts): string {
  const parts = [
    summary.shifted > 0 && `${summary.shifted} claim${summary.shifted === 1 ? "" : "s"} with changed text`,
    summary.orphaned > 0 && `${summary.orphaned} orphaned`,
    summary.needsRecheck > 0 && `${summary.needsRecheck} to re-check`,
  ].filter(Boolean);
  return `Saved as version ${version}.${parts.length ? ` ${parts.join(", ")}.` : " Every claim is still on its text."}`;
}
