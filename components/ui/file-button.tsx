"use client";

type Props = { label: string; accept: string; className?: string; onFile: (file: File) => void };

/** A button that opens the file picker (a label over a hidden file input, so it stays keyboard-reachable). */
export function FileButton({ label, accept, className = "button", onFile }: Props) {
  return (
    <label className={`${className} file-button`}>
      {label}
      <input
        className="visually-hidden"
        type="file"
        accept={accept}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
