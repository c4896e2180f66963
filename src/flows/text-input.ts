/** Free text as people typed it in a form or a command. */

/** The text trimmed, or null when nothing is left (an optional note, reason or id). */
export function blankToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}
