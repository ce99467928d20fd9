/** A timestamp shown in UTC, in full, so the server and the browser render the same text. */
export function Timestamp({ iso }: { iso: string }) {
  const text = `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  return <time dateTime={iso}>{text}</time>;
}
