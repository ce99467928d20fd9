"use client";
import { useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { apiFetch } from "@/lib/client/api";

type Frequency = "off" | "immediate" | "daily";
const CHOICES: Array<{ value: Frequency; label: string; hint: string }> = [
  { value: "off", label: "Never", hint: "Only the Inbox in Factdesk." },
  { value: "immediate", label: "As it happens", hint: "A few minutes after an item arrives, if you have not read it in Factdesk." },
  { value: "daily", label: "Daily digest", hint: "Once a day, everything still unread." },
];

/** How inbox items (mentions, lead checker, re-checks) reach someone who is away. */
export function EmailPreferences({ initial, emailAvailable }: { initial: Frequency; emailAvailable: boolean }) {
  const [value, setValue] = useState<Frequency>(initial);
  const { pending, message, run } = useFormAction("Your preference was not saved.");

  async function choose(next: Frequency) {
    const previous = value;
    setValue(next);
    const saved = await run(() => apiFetch<{ emailNotifications: Frequency }>("/api/me/preferences", { method: "PATCH", body: { emailNotifications: next } }), "Saved.");
    setValue(saved ? saved.emailNotifications : previous);
  }

  return (
    <fieldset className="field" aria-busy={pending}>
      <legend className="field__label">Email me about my inbox</legend>
      {!emailAvailable && <p className="muted small">This installation has no mail server configured (SMTP_URL): nothing is emailed until an admin sets one.</p>}
      {CHOICES.map((choice) => (
        <label key={choice.value} className="choice">
          <input type="radio" name="emailNotifications" value={choice.value} checked={value === choice.value} onChange={() => void choose(choice.value)} />
          <span>
            {choice.label} <span className="muted small">— {choice.hint}</span>
          </span>
        </label>
      ))}
      <FormMessage message={message} />
    </fieldset>
  );
}
