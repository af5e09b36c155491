/** The DOM id of a sheet field, e.g. `sheet-lines-3-unitPrice`, for labels and "go to" links. */
export function sheetFieldId(path: string): string {
  return `sheet-${path.replace(/\./g, '-')}`;
}
