"use client";
import { useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { apiFetch } from "@/lib/client/api";
import { STATUS_DISPLAY } from "@/lib/claims/vocabulary";
import type { DeskSettingsDto } from "@/lib/dto";
import { formText } from "@/lib/forms/form-text";
import { RATED_STATUSES, type RatingScale } from "@/lib/publishing/rating-scale";
import { DECISION_STATUSES, type CheckingPolicy } from "@/lib/workflow/checking-policy";

type Props = { initial: DeskSettingsDto };

export function DeskSettingsClient({ initial }: Props) {
  const [settings, setSettings] = useState(initial);
  const { pending: saving, message, run } = useFormAction("The settings were not saved.");

  async function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const number = (name: string) => Number(form.get(name));
    const ratingScale: RatingScale = {
      bestRating: number("bestRating"),
      worstRating: number("worstRating"),
      ratings: Object.fromEntries(
        RATED_STATUSES.map((status) => [status, { ratingValue: number(`${status}.ratingValue`), alternateName: formText(form, `${status}.alternateName`) }]),
      ) as RatingScale["ratings"],
    };
    const coverage = formText(form, "minimumCoverage");
    const checkingPolicy: CheckingPolicy = {
      decisionRequiredFor: DECISION_STATUSES.filter((status) => form.get(`decision.${status}`) === "on"),
      verifiedNeedsSource: form.get("verifiedNeedsSource") === "on",
      unverifiableNeedsNote: form.get("unverifiableNeedsNote") === "on",
      requireClaims: form.get("requireClaims") === "on",
      minimumCoverage: coverage ? Number(coverage) : null,
    };
    const body = {
      organizationName: formText(form, "organizationName"),
      organizationUrl: formText(form, "organizationUrl"),
      ratingScale,
      checkingPolicy,
      version: settings.version,
    };
    const saved = await run(() => apiFetch<DeskSettingsDto>("/api/settings", { method: "PATCH", body }), "Settings saved.");
    if (saved) setSettings(saved);
  }

  return (
    <form className="settings-form" onSubmit={save} key={settings.version}>
      <FormMessage message={message} />
      <fieldset className="settings-form__group">
        <legend className="section-title">Organization</legend>
        <label className="field">
          <span className="field__label">Name (the author of published fact-checks)</span>
          <input className="input" name="organizationName" maxLength={200} defaultValue={settings.organizationName} placeholder="Example News" />
        </label>
        <label className="field">
          <span className="field__label">Website</span>
          <input className="input" name="organizationUrl" type="url" defaultValue={settings.organizationUrl} placeholder="https://" />
        </label>
      </fieldset>
      <fieldset className="settings-form__group">
        <legend className="section-title">Rating scale for ClaimReview</legend>
        <div className="field-row">
          <label className="field field--compact">
            <span className="field__label">Best rating</span>
            <input className="input" name="bestRating" type="number" required defaultValue={settings.ratingScale.bestRating} />
          </label>
          <label className="field field--compact">
            <span className="field__label">Worst rating</span>
            <input className="input" name="worstRating" type="number" required defaultValue={settings.ratingScale.worstRating} />
          </label>
        </div>
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Rating</th>
              <th scope="col">Verdict shown to readers</th>
            </tr>
          </thead>
          <tbody>
            {RATED_STATUSES.map((status) => (
              <tr key={status}>
                <th scope="row">
                  {STATUS_DISPLAY[status].symbol} {STATUS_DISPLAY[status].label}
                </th>
                <td>
                  <input
                    className="input"
                    type="number"
                    required
                    name={`${status}.ratingValue`}
                    aria-label={`Rating for ${STATUS_DISPLAY[status].label}`}
                    defaultValue={settings.ratingScale.ratings[status].ratingValue}
                  />
                </td>
                <td>
                  <input
                    className="input"
                    required
                    maxLength={100}
                    name={`${status}.alternateName`}
                    aria-label={`Verdict for ${STATUS_DISPLAY[status].label}`}
                    defaultValue={settings.ratingScale.ratings[status].alternateName}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <fieldset className="settings-form__group">
        <legend className="section-title">Checking policy</legend>
        <p className="muted small">What must hold before an article is marked checked or signed off. The workflow bar lists what still blocks the next step.</p>
        {DECISION_STATUSES.map((status) => (
          <label key={status} className="checkbox-field">
            <input type="checkbox" name={`decision.${status}`} defaultChecked={settings.checkingPolicy.decisionRequiredFor.includes(status)} />
            <span>{STATUS_DISPLAY[status].label} claims need an editor’s decision</span>
          </label>
        ))}
        <label className="checkbox-field">
          <input type="checkbox" name="verifiedNeedsSource" defaultChecked={settings.checkingPolicy.verifiedNeedsSource} />
          <span>A verified claim needs a source, or a reason why none is needed (common knowledge)</span>
        </label>
        <label className="checkbox-field">
          <input type="checkbox" name="unverifiableNeedsNote" defaultChecked={settings.checkingPolicy.unverifiableNeedsNote} />
          <span>An unverifiable claim needs a note saying what was tried</span>
        </label>
        <label className="checkbox-field">
          <input type="checkbox" name="requireClaims" defaultChecked={settings.checkingPolicy.requireClaims} />
          <span>An article needs at least one claim</span>
        </label>
        <label className="field field--compact">
          <span className="field__label">Minimum coverage of checkable sentences, in percent (empty: off; an editor can record why an article needs less)</span>
          <input className="input" name="minimumCoverage" type="number" min={1} max={100} defaultValue={settings.checkingPolicy.minimumCoverage ?? ""} />
        </label>
      </fieldset>
      <div className="form__actions">
        <button className="button button--primary" type="submit" disabled={saving}>
          {saving ? "Saving…" : "Save settings"}
        </button>
        {settings.updatedBy && settings.updatedAt && (
          <span className="muted small">
            Last saved by {settings.updatedBy.name} on {settings.updatedAt.slice(0, 16).replace("T", " ")} UTC
          </span>
        )}
      </div>
    </form>
  );
}
