"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useSWRConfig } from "swr";
import { useFollowArticle } from "@/components/live/live-provider";
import { apiFetch } from "@/lib/client/api";
import type { ArticleDto, ArticleWithBodyDto } from "@/lib/dto";
import { highlightsOf } from "@/lib/editor/claim-highlights";
import { describeLiveChanges, lastChangedBy, liveRefresh, type LiveEvent } from "@/lib/live/live-event";
import { presentPeople } from "@/lib/live/presence";
import type { useArticleSave } from "./use-article-save";
import type { useClaims } from "./use-claims";

/** Shows the notice this long (ms). */
const NOTICE_MS = 6_000;
/** Tells the others what I look at once I have stayed on it this long (ms): stepping through claims sends one request. */
const PRESENCE_SETTLE_MS = 300;

type LiveOptions = {
  articleId: string;
  liveSince: string;
  actorId: string;
  refreshClaims: ReturnType<typeof useClaims>["refresh"];
  receive: ReturnType<typeof useArticleSave>["receive"];
  receiveSettings: ReturnType<typeof useArticleSave>["receiveSettings"];
  saving: boolean;
  /** What I look at and whether I edit the text, for the others' presence. */
  selectedId: string | null;
  editing: boolean;
};

/**
 * Colleagues' changes applied as they happen: the stream says what changed, the workspace reads
 * it again through the API (under the same rules as every other read) and applies it in place.
 */
export function useLiveWorkspace({ articleId, liveSince, actorId, refreshClaims, receive, receiveSettings, saving, selectedId, editing }: LiveOptions) {
  const { mutate } = useSWRConfig();
  const [notice, setNotice] = useState<string | null>(null);
  const [changedBy, setChangedBy] = useState<ReadonlyMap<string, LiveEvent["actor"]>>(new Map());
  const textLater = useRef(false);

  /** Reads the article with its document and hands a newer version to the editor (with the claims anchored on it). */
  const syncText = useCallback(async () => {
    const latest = await apiFetch<ArticleWithBodyDto>(`/api/articles/${articleId}?include=body`).catch(() => null);
    if (!latest) return;
    const claims = await refreshClaims();
    const result = receive(latest, highlightsOf(claims ?? []));
    if (result === "later") textLater.current = true;
  }, [articleId, receive, refreshClaims]);

  /** Reads the article's settings and workflow state; its text too when that is newer than mine (a save no event named). */
  const syncSettings = useCallback(async () => {
    const latest = await apiFetch<ArticleDto>(`/api/articles/${articleId}`).catch(() => null);
    if (latest && !receiveSettings(latest)) await syncText();
  }, [articleId, receiveSettings, syncText]);

  const { status, tab, presence } = useFollowArticle(articleId, liveSince, (events) => {
    const refresh = liveRefresh(events);
    const said = describeLiveChanges(events, actorId);
    if (said) setNotice(said);
    setChangedBy((current) => new Map([...current, ...lastChangedBy(events)]));
    for (const claimId of refresh.discussions) void mutate(`/api/claims/${claimId}/comments`);
    if (refresh.articleDiscussion) void mutate(`/api/articles/${articleId}/comments`);
    if (refresh.article === "text") void syncText();
    else if (refresh.article === "meta") void syncSettings();
    if (refresh.claims && refresh.article !== "text") void refreshClaims();
  });

  // A colleague's version that arrived while I was saving: look again once my save is done.
  useEffect(() => {
    if (saving || !textLater.current) return;
    textLater.current = false;
    void syncText();
  }, [saving, syncText]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  // Say what I look at and whether I edit, when that changes (and when a reconnected stream gets a new tab).
  useEffect(() => {
    if (!tab) return;
    const timer = setTimeout(() => {
      void apiFetch(`/api/articles/${articleId}/presence`, { method: "PUT", body: { tab, claimId: selectedId, editing } }).catch(() => undefined);
    }, PRESENCE_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [articleId, tab, selectedId, editing]);

  const people = useMemo(() => presentPeople(presence), [presence]);
  return { status, notice, changedBy, people, syncText };
}
