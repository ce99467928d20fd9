import { parseCommentMarkdown } from "@/lib/comments/comment-markdown";

/** A comment rendered from its parsed Markdown subset: React elements only, never raw HTML. */
export function CommentBody({ body }: { body: string }) {
  return (
    <div className="comment__body">
      {parseCommentMarkdown(body).map((paragraph, index) => (
        <p key={index}>
          {paragraph.map((inline, position) => {
            switch (inline.type) {
              case "bold":
                return <strong key={position}>{inline.text}</strong>;
              case "italic":
                return <em key={position}>{inline.text}</em>;
              case "code":
                return <code key={position}>{inline.text}</code>;
              case "link":
                return (
                  <a key={position} href={inline.href} target="_blank" rel="noopener noreferrer nofollow">
                    {inline.text}
                  </a>
                );
              case "mention":
                return (
                  <span key={position} className="mention">
                    @{inline.handle}
                  </span>
                );
              case "break":
                return <br key={position} />;
              default:
                return <span key={position}>{inline.text}</span>;
            }
          })}
        </p>
      ))}
    </div>
  );
}
