// Keyboard shortcuts of the sheet, as a spreadsheet has them.

/** The letter of a Ctrl (or ⌘) shortcut, lower case; null without Ctrl/⌘ or with Alt (AltGr). */
export function withCtrl(event: {
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  key: string;
}): string | null {
  return (event.ctrlKey || event.metaKey) && !event.altKey ? event.key.toLowerCase() : null;
}
