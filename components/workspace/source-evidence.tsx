"use client";
import { useState } from "react";
import { Timestamp } from "@/components/ui/relative-time";
import { FileButton } from "@/components/ui/file-button";
import { apiFetch } from "@/lib/client/api";
import type { EvidenceFileDto, SourceDto } from "@/lib/dto";
import { EVIDENCE_MEDIA_TYPES } from "@/lib/evidence/media-types";

const ACCEPT = ".pdf,.png,.jpg,.jpeg,.webp,.mp3,.m4a,.wav,.txt,.html,.htm,application/pdf,image/*,audio/*,text/plain,text/html";

const sizeText = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : bytes < 1 << 20 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / (1 << 20)).toFixed(1)} MB`);

/** Sends the file with the upload's progress (fetch cannot report it); answers with the stored file or the server's reason. */
function upload(sourceId: string, file: File, onProgress: (share: number) => void): Promise<EvidenceFileDto> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/sources/${sourceId}/evidence`);
    request.responseType = "json";
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      const body = request.response as (EvidenceFileDto & { error?: string }) | null;
      if (request.status === 201 && body) resolve(body);
      else reject(new Error(body?.error ?? `The upload failed (${request.status}).`));
    };
    request.onerror = () => reject(new Error("The server could not be reached. Check your connection; nothing was saved."));
    const form = new FormData();
    form.append("file", file);
    request.send(form);
  });
}

/** A PDF shown in a frame of the workspace on request (loading every PDF of a claim at once would be slow). */
function PdfFrame({ file }: { file: EvidenceFileDto }) {
  const [shown, setShown] = useState(false);
  return (
    <>
      <button type="button" className="button button--ghost button--small" aria-expanded={shown} onClick={() => setShown(!shown)}>
        {shown ? "Hide the PDF" : "Show the PDF"}
      </button>
      {shown && <iframe className="evidence__pdf" src={file.href} title={`PDF: ${file.fileName}`} referrerPolicy="no-referrer" />}
    </>
  );
}

/** A source's evidence files: images and PDFs shown, each file's SHA-256, who kept it and when; upload with progress, deletion for admins. */
export function SourceEvidence({ source, canUpload, canDelete, onChanged }: { source: SourceDto; canUpload: boolean; canDelete: boolean; onChanged: () => Promise<unknown> }) {
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (source.detailsHidden) return null;

  async function add(file: File) {
    setMessage(null);
    setProgress(0);
    try {
      const stored = await upload(source.id, file, setProgress);
      await onChanged();
      setMessage({ ok: true, text: `${stored.fileName} kept (SHA-256 ${stored.sha256.slice(0, 12)}…).` });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setProgress(null);
    }
  }

  async function remove(file: EvidenceFileDto) {
    if (!window.confirm(`Delete the evidence file “${file.fileName}”? The history keeps its name and SHA-256.`)) return;
    try {
      await apiFetch(`/api/evidence/${file.id}`, { method: "DELETE" });
      await onChanged();
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  }

  if (source.evidence.length === 0 && !canUpload) return null;
  return (
    <div className="evidence" aria-label={`Evidence files of ${source.title || source.url || "this source"}`} role="group">
      {source.evidence.length > 0 && (
        <ul className="evidence__list">
          {source.evidence.map((file) => (
            <li key={file.id} className="evidence__file" data-evidence-id={file.id}>
              {file.contentType.startsWith("image/") && (
                <a href={file.href} target="_blank" rel="noopener">
                  {/* eslint-disable-next-line @next/next/no-img-element -- the file is served behind the session, which Next's image optimizer would not carry */}
                  <img className="evidence__thumb" src={file.href} alt={`Evidence: ${file.fileName}`} loading="lazy" />
                </a>
              )}
              <a href={file.href} {...(EVIDENCE_MEDIA_TYPES[file.contentType].inline ? { target: "_blank", rel: "noopener" } : { download: file.fileName })}>
                {file.fileName}
              </a>{" "}
              {file.contentType === "text/html" && (
                <>
                  {" "}
                  <a className="small" href={`${file.href}?view=page`} target="_blank" rel="noopener">
                    View the saved page
                  </a>
                </>
              )}{" "}
              <span className="muted small">
                {EVIDENCE_MEDIA_TYPES[file.contentType].label}, {sizeText(file.size)} · SHA-256 <code title={file.sha256}>{file.sha256.slice(0, 16)}…</code> · kept by{" "}
                {file.uploadedBy.name}, <Timestamp iso={file.createdAt} />
              </span>
              {file.contentType === "application/pdf" && <PdfFrame file={file} />}
              {canDelete && (
                <button type="button" className="button button--ghost button--small button--danger" onClick={() => void remove(file)}>
                  Delete file
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canUpload &&
        (progress === null ? (
          <FileButton label="Add evidence file" accept={ACCEPT} className="button button--ghost button--small" onFile={(file) => void add(file)} />
        ) : (
          <progress className="evidence__progress" max={1} value={progress} aria-label="Uploading the evidence file">
            {Math.round(progress * 100)}%
          </progress>
        ))}
      {message && (
        <p className={`notice ${message.ok ? "notice--info" : "notice--error"}`} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
