/** A goal's or measure's text cut to a name that fits a label or a link. */
export const shortText = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max)}…` : text);
