"use client";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { apiFetch } from "@/lib/client/api";
import type { ArticleDto } from "@/lib/dto";
import { formText } from "@/lib/forms/form-text";
import type { RegisterDay } from "@/lib/register/article-day";

type Props = {
  article: ArticleDto;
  registerDay: RegisterDay | null;
  canEdit: boolean;
  onArticle: (article: ArticleDto) => void;
};

/** The day the register checks names and titles for, and (for editors) the article's publication date that sets it. */
export function RegisterDayForm({ article, registerDay, canEdit, onArticle }: Props) {
  const { pending, message, run } = useFormAction("The publication date was not saved.");

  async function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = formText(new FormData(event.currentTarget), "publicationDate").trim();
    const saved = await run(
      () => apiFetch<ArticleDto>(`/api/articles/${article.id}`, { method: "PATCH", body: { publicationDate: value || null } }),
      value ? `Names and titles are now checked as of ${value}.` : "Publication date cleared.",
    );
    if (saved) onArticle(saved);
  }

  return (
    <section className="register-day" aria-labelledby="register-day-heading">
      <p id="register-day-heading" className="small">
        Names and titles are checked against the register {registerDay ? <strong>{registerDay.label}</strong> : "…"}.
      </p>
      {canEdit && (
        <form className="register-day__form" onSubmit={save}>
          <label className="field field--compact">
            <span className="field__label">Dateline / publication date</span>
            <input
              className="input"
              type="date"
              name="publicationDate"
              defaultValue={article.publicationDate ?? ""}
              key={article.publicationDate ?? ""}
              min="1800-01-01"
              max="2199-12-31"
            />
          </label>
          <button type="submit" className="button button--small" disabled={pending}>
            Save date
          </button>
        </form>
      )}
      <FormMessage message={message} />
    </section>
  );
}
