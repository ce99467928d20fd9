"use client";
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import useSWR from "swr";
import { CommentBody } from "@/components/comments/comment-body";
import { Timestamp } from "@/components/ui/relative-time";
import { apiFetch } from "@/lib/client/api";
import { assignmentOffers } from "@/lib/comments/assign-offer";
import type { ClaimDto, CommentDto, UserDto } from "@/lib/dto";
import { canDeleteComment, canEditComment, type Role } from "@/lib/permissions";

type Props = {
  claim: ClaimDto;
  people: UserDto[];
  actor: { id: string; role: Role };
  canWrite: boolean;
  onThreadChange: (change: Pick<ClaimDto, "threadResolvedAt" | "threadResolvedBy">) => void;
  onCountChange: (count: number) => void;
  /** Assigns the claim (for those who may); a comment mentioning someone offers it. */
  onAssign?: (userId: string) => void;
};

const fetchComments = (url: string) => apiFetch<{ comments: CommentDto[] }>(url).then((result) => result.comments);

/** The claim's comment thread: Markdown subset, @mentions with suggestions, resolve and reopen. */
export function ClaimDiscussion({ claim, people, actor, canWrite, onThreadChange, onCountChange, onAssign }: Props) {
  // "@ana please take this": once posted, offer to assign the claim to whom it asks.
  const [offers, setOffers] = useState<{ claimId: string; people: UserDto[] } | null>(null);
  const offered = offers?.claimId === claim.id ? offers.people.filter((person) => person.id !== claim.assigneeId) : [];
  const [resolveError, setResolveError] = useState<string | null>(null);

  async function toggleResolved() {
    try {
      onThreadChange(await apiFetch(`/api/claims/${claim.id}/thread`, { method: "POST", body: { resolved: !claim.threadResolvedAt } }));
      setResolveError(null);
    } catch (caught) {
      setResolveError(caught instanceof Error ? caught.message : "The discussion was not updated.");
    }
  }

  return (
    <Discussion
      url={`/api/claims/${claim.id}/comments`}
      title="Discussion"
      boxId="comment-box"
      boxLabel="Add a comment"
      people={people}
      actor={actor}
      canWrite={canWrite}
      fallbackCount={claim.commentCount}
      onCountChange={onCountChange}
      onPosted={(draft) => {
        if (onAssign) setOffers({ claimId: claim.id, people: assignmentOffers(draft, people, claim.assigneeId) });
      }}
      headerAction={(count) =>
        canWrite &&
        count > 0 && (
          <button type="button" className="button button--ghost button--small" onClick={() => void toggleResolved()}>
            {claim.threadResolvedAt ? "Reopen" : "Resolve"}
          </button>
        )
      }
      status={
        <>
          {claim.threadResolvedAt && claim.threadResolvedBy && (
            <p className="muted small">
              Resolved by {claim.threadResolvedBy.name} · <Timestamp iso={claim.threadResolvedAt} />
            </p>
          )}
          {resolveError && <p className="notice notice--error">{resolveError}</p>}
        </>
      }
      afterComments={
        onAssign &&
        offered.length > 0 && (
          <div className="notice notice--info assign-offer" role="status">
            <span>Assign this claim to {offered.map((person) => person.name).join(" or ")}?</span>
            {offered.map((person) => (
              <button
                key={person.id}
                type="button"
                className="button button--small button--primary"
                onClick={() => {
                  onAssign(person.id);
                  setOffers(null);
                }}
              >
                Assign to {person.name}
              </button>
            ))}
            <button type="button" className="button button--small button--ghost" onClick={() => setOffers(null)}>
              Not now
            </button>
          </div>
        )
      }
    />
  );
}

/** The article's own discussion: comments on the article as a whole (the headline, the angle, the deadline), not on one claim. */
export function ArticleDiscussion({ articleId, people, actor, canWrite }: { articleId: string; people: UserDto[]; actor: { id: string; role: Role }; canWrite: boolean }) {
  return (
    <Discussion
      url={`/api/articles/${articleId}/comments`}
      title="Article discussion"
      boxId="article-comment-box"
      boxLabel="Comment on the article"
      people={people}
      actor={actor}
      canWrite={canWrite}
    />
  );
}

type DiscussionProps = {
  /** The discussion's comments endpoint (GET lists, POST adds). */
  url: string;
  title: string;
  /** The comment box's id (the C shortcut focuses the claim's) and accessible name. */
  boxId: string;
  boxLabel: string;
  people: UserDto[];
  actor: { id: string; role: Role };
  canWrite: boolean;
  /** Shown as the count until the comments have loaded. */
  fallbackCount?: number;
  onCountChange?: (count: number) => void;
  /** After a comment was posted, with its text. */
  onPosted?: (body: string) => void;
  headerAction?: (count: number) => ReactNode;
  status?: ReactNode;
  afterComments?: ReactNode;
};

/** A discussion: threads one level deep, Markdown subset, @mentions with suggestions, edit and delete. */
function Discussion({ url, title, boxId, boxLabel, people, actor, canWrite, fallbackCount, onCountChange, onPosted, headerAction, status, afterComments }: DiscussionProps) {
  const { data: comments, error: loadError, mutate } = useSWR<CommentDto[], Error>(url, fetchComments, { revalidateOnFocus: false });
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? loadError?.message ?? null;
  const [draft, setDraft] = useState("");
  const [editing, setEditing] = useState<{ id: string; body: string } | null>(null);
  const [replyingTo, setReplyingTo] = useState<CommentDto | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const ids = useId();
  // A reply goes to a comment of this discussion (the panel may have moved on to another claim).
  const replyTarget = replyingTo && comments?.some((comment) => comment.id === replyingTo.id) ? replyingTo : null;

  const update = (next: CommentDto[]) => {
    void mutate(next, { revalidate: false });
    onCountChange?.(next.length);
  };

  async function post() {
    try {
      const comment = await apiFetch<CommentDto>(url, { method: "POST", body: { body: draft, ...(replyTarget ? { replyTo: replyTarget.id } : {}) } });
      setReplyingTo(null);
      update([...(comments ?? []), comment]);
      onPosted?.(draft);
      setDraft("");
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "The comment was not posted.");
    }
  }
  async function saveEdit() {
    if (!editing) return;
    try {
      const comment = await apiFetch<CommentDto>(`/api/comments/${editing.id}`, { method: "PATCH", body: { body: editing.body } });
      update((comments ?? []).map((item) => (item.id === comment.id ? comment : item)));
      setEditing(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "The comment was not saved.");
    }
  }

  async function remove(comment: CommentDto) {
    if (!window.confirm("Delete this comment? The history keeps what it said.")) return;
    try {
      await apiFetch(`/api/comments/${comment.id}`, { method: "DELETE" });
      update((comments ?? []).filter((item) => item.id !== comment.id));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "The comment was not deleted.");
    }
  }

  // Threads one level deep, in the order they started; replies in the order written. A reply whose
  // comment was deleted stands as a comment of its own.
  const present = new Set((comments ?? []).map((comment) => comment.id));
  const threads = (comments ?? [])
    .filter((comment) => comment.replyToId === null || !present.has(comment.replyToId))
    .map((comment) => ({ comment, replies: (comments ?? []).filter((reply) => reply.replyToId === comment.id) }));

  function renderComment(comment: CommentDto, canReply: boolean) {
    return (
      <>
        <div className="comment__meta">
          <strong>{comment.author.name}</strong> · <Timestamp iso={comment.createdAt} />
          {comment.editedAt && <span className="muted"> · edited</span>}
        </div>
        {editing?.id === comment.id ? (
          <div className="comment__edit">
            <textarea className="input" rows={3} aria-label="Edit comment" value={editing.body} onChange={(event) => setEditing({ id: comment.id, body: event.target.value })} />
            <div className="form__actions">
              <button type="button" className="button button--small button--primary" onClick={() => void saveEdit()}>
                Save
              </button>
              <button type="button" className="button button--small button--ghost" onClick={() => setEditing(null)}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <CommentBody body={comment.body} />
        )}
        <div className="comment__actions">
          {canReply && canWrite && (
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => {
                setReplyingTo(comment);
                box.current?.focus();
              }}
              aria-label={`Reply to ${comment.author.name}`}
            >
              Reply
            </button>
          )}
          {canEditComment(actor, { authorId: comment.author.id }) && editing?.id !== comment.id && (
            <button type="button" className="button button--ghost button--small" onClick={() => setEditing({ id: comment.id, body: comment.body })}>
              Edit
            </button>
          )}
          {canDeleteComment(actor, { authorId: comment.author.id }) && (
            <button type="button" className="button button--ghost button--small button--danger" onClick={() => void remove(comment)}>
              Delete
            </button>
          )}
        </div>
      </>
    );
  }

  return (
    <section className="detail-section discussion" aria-labelledby={`${ids}-heading`}>
      <div className="detail-section__header">
        <h3 id={`${ids}-heading`} className="detail-section__title">
          {title} <span className="count">{comments?.length ?? fallbackCount ?? 0}</span>
        </h3>
        {headerAction?.(comments?.length ?? 0)}
      </div>
      {status}
      {error && <p className="notice notice--error">{error}</p>}
      {comments === undefined ? (
        <p className="muted small">Loading the discussion…</p>
      ) : (
        <ol className="comments" aria-label={title === "Discussion" ? "Comments" : `${title}: comments`}>
          {threads.map(({ comment, replies }) => (
            <li key={comment.id} className="comment" data-comment-id={comment.id}>
              {renderComment(comment, true)}
              {replies.length > 0 && (
                <ol className="comments comments--replies" aria-label={`Replies to ${comment.author.name}`}>
                  {replies.map((reply) => (
                    <li key={reply.id} className="comment comment--reply" data-comment-id={reply.id}>
                      {renderComment(reply, false)}
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
      {afterComments}
      {canWrite && (
        <div className="composer">
          {replyTarget && (
            <p className="composer__reply muted small">
              Replying to {replyTarget.author.name}{" "}
              <button type="button" className="button button--ghost button--small" onClick={() => setReplyingTo(null)}>
                Cancel reply
              </button>
            </p>
          )}
          <MentionTextarea inputRef={box} id={boxId} label={boxLabel} value={draft} people={people} onChange={setDraft} onSubmit={() => draft.trim() && void post()} />
          <div className="form__actions">
            <button type="button" className="button button--small button--primary" disabled={!draft.trim()} onClick={() => void post()}>
              Comment
            </button>
            <span className="muted small">
              **bold**, *italic*, `code`, [link](https://…), @name · <kbd>Ctrl</kbd>+<kbd>Enter</kbd> posts
            </span>
          </div>
        </div>
      )}
    </section>
  );
}

type MentionProps = {
  inputRef: React.RefObject<HTMLTextAreaElement | null>;
  id: string;
  /** The box's accessible name. */
  label: string;
  value: string;
  people: UserDto[];
  onChange: (value: string) => void;
  onSubmit: () => void;
};

/** A textarea that offers matching people after an @, chosen with the arrow keys and Enter or a click. */
function MentionTextarea({ inputRef, id, label, value, people, onChange, onSubmit }: MentionProps) {
  const [query, setQuery] = useState<{ text: string; start: number } | null>(null);
  const [active, setActive] = useState(0);
  // Where the caret goes once a chosen mention is in the text: set as soon as React has written
  // it, before the next key is handled, so fast typing after Enter lands after the name.
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (pendingCaret.current === null) return;
    inputRef.current?.focus();
    inputRef.current?.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [value, inputRef]);
  const matches = query ? people.filter((person) => person.handle.startsWith(query.text) || person.name.toLowerCase().includes(query.text)).slice(0, 6) : [];

  function track(text: string, caret: number) {
    const before = text.slice(0, caret);
    const match = /(?:^|[^\p{L}\p{N}@.])@([a-z0-9._-]*)$/iu.exec(before);
    setQuery(match?.[1] !== undefined ? { text: match[1].toLowerCase(), start: caret - match[1].length } : null);
    setActive(0);
  }

  function choose(person: UserDto) {
    if (!query) return;
    const caret = inputRef.current?.selectionStart ?? value.length;
    const next = `${value.slice(0, query.start)}${person.handle} ${value.slice(caret)}`;
    pendingCaret.current = query.start + person.handle.length + 1;
    onChange(next);
    setQuery(null);
  }

  return (
    <div className="mention-input">
      <textarea
        ref={inputRef}
        id={id}
        className="input"
        rows={3}
        aria-label={label}
        placeholder="Add a comment. Type @ to mention someone."
        value={value}
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={`${id}-mentions`}
        aria-autocomplete="list"
        onChange={(event) => {
          onChange(event.target.value);
          track(event.target.value, event.target.selectionStart);
        }}
        onKeyDown={(event) => {
          if (matches.length > 0 && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
            event.preventDefault();
            setActive((current) => (current + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
          } else if (matches.length > 0 && (event.key === "Enter" || event.key === "Tab")) {
            event.preventDefault();
            choose(matches[active]!);
          } else if (matches.length > 0 && event.key === "Escape") {
            event.preventDefault();
            setQuery(null);
          } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            onSubmit();
          }
        }}
      />
      {matches.length > 0 && (
        <ul id={`${id}-mentions`} className="mention-options" role="listbox" aria-label="People to mention">
          {matches.map((person, index) => (
            <li
              key={person.id}
              role="option"
              aria-selected={index === active}
              className={index === active ? "mention-options__active" : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(person);
              }}
            >
              <strong>@{person.handle}</strong> {person.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
