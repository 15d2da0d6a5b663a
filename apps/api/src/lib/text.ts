/** Text as it is stored: trimmed, and an empty text is no text (null). */
export function storedText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
