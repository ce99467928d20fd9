import type { ClaimStatus } from "../claims/vocabulary";

/**
 * The workspace's status colours (text, background) as hex without "#", for the printable
 * reports: HTML adds the "#", Word takes them as they are. Colour is never the only cue; every
 * status also has its symbol and label.
 */
export const STATUS_COLOURS: Record<ClaimStatus, readonly [ink: string, background: string]> = {
  unchecked: ["535B65", "EEF0F3"],
  in_progress: ["005B8F", "E1EEF8"],
  verified: ["006B4F", "DCF3EA"],
  incorrect: ["A3281C", "FBE4DF"],
  disputed: ["805000", "FCEFD6"],
  unverifiable: ["8A3768", "F7E3EF"],
};
