"use client";
import { useState } from "react";
import type { ClaimFilters } from "@/lib/claims/claim-filters";
import type { ArticleDto } from "@/lib/dto";
import { FORMATS_BY_TYPE, type ReportFormat, type ReportType } from "@/lib/reports/report-schema";
import { PublishingPanel } from "./publishing-panel";

const TYPES: Array<{ value: ReportType; label: string; hint: string }> = [
  { value: "verified", label: "Verified-claims report", hint: "Every claim with its status, sources and totals." },
  { value: "annotated", label: "Annotated draft", hint: "The text with each claim marked and footnoted." },
  { value: "corrections", label: "Corrections memo", hint: "What is wrong, disputed or unresolved, with the editor's decision." },
];

const FORMATS: Record<ReportFormat, string> = { html: "Web page (print to PDF)", docx: "Word (.docx)", md: "Markdown", csv: "CSV (spreadsheet)", json: "JSON (machine-readable)" };

type Props = {
  article: ArticleDto;
  filters: ClaimFilters;
  canEdit: boolean;
  canWrite: boolean;
  onArticle: (article: ArticleDto) => void;
  onImported: () => void;
};

/** Builds a report address from the chosen document, format and filters; the server does the rest. */
export function ReportMenu({ article, filters, canEdit, canWrite, onArticle, onImported }: Props) {
  const articleId = article.id;
  const [type, setType] = useState<ReportType>("verified");
  const [format, setFormat] = useState<ReportFormat>("html");
  const [useFilters, setUseFilters] = useState(false);
  const [notes, setNotes] = useState(true);
  const [comments, setComments] = useState(false);
  const formats = FORMATS_BY_TYPE[type];
  const chosenFormat = formats.includes(format) ? format : "html";
  const hasFilters = Boolean(filters.status || filters.kind || filters.assignee);

  const query = new URLSearchParams({ type, format: chosenFormat });
  if (useFilters && hasFilters) {
    if (filters.status) query.set("status", filters.status);
    if (filters.kind) query.set("kind", filters.kind);
    if (filters.assignee) query.set("assignee", filters.assignee);
  }
  if (!notes) query.set("notes", "exclude");
  if (comments) query.set("comments", "include");
  const href = `/api/articles/${articleId}/report?${query}`;

  return (
    <details className="report-menu">
      <summary className="button">Reports</summary>
      <div className="report-menu__panel" role="group" aria-label="Export a report">
        <fieldset className="report-menu__types">
          <legend className="field__label">Document</legend>
          {TYPES.map((option) => (
            <label key={option.value} className="radio-card">
              <input type="radio" name="report-type" value={option.value} checked={type === option.value} onChange={() => setType(option.value)} />
              <span>
                <strong>{option.label}</strong>
                <span className="muted small"> {option.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <label className="field field--compact">
          <span className="field__label">Format</span>
          <select className="input" value={chosenFormat} onChange={(event) => setFormat(event.target.value as ReportFormat)}>
            {formats.map((value) => (
              <option key={value} value={value}>
                {FORMATS[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox-field">
          <input type="checkbox" checked={notes} onChange={(event) => setNotes(event.target.checked)} /> <span>Include checkers' notes</span>
        </label>
        <label className="checkbox-field">
          <input type="checkbox" checked={comments} onChange={(event) => setComments(event.target.checked)} /> <span>Include internal discussion</span>
        </label>
        <label className="checkbox-field">
          <input type="checkbox" checked={useFilters && hasFilters} disabled={!hasFilters} onChange={(event) => setUseFilters(event.target.checked)} />{" "}
          <span>Only the claims the current filters show{hasFilters ? "" : " (no filter set)"}</span>
        </label>
        <p className="muted small">Confidential sources appear only as “confidential source” and their kind.</p>
        <a className="button button--primary" href={href} {...(chosenFormat === "html" ? { target: "_blank", rel: "noopener" } : { download: "" })}>
          {chosenFormat === "html" ? "Open report" : "Download report"}
        </a>
        <a className="button" href={`/api/articles/${articleId}/case-file`} download="">
          Download case file (.zip)
        </a>
        <p className="muted small">The verified report with every evidence file it relied on and a manifest of their SHA-256 sums.</p>
        <PublishingPanel article={article} canEdit={canEdit} canWrite={canWrite} onArticle={onArticle} onImported={onImported} />
      </div>
    </details>
  );
}
