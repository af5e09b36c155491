// Where the pre-review editor keeps a user's unsaved sheet: one key per user and record (`new`
// for a sheet not yet saved). The list's actions look there too, to say when a record they act
// on has unsaved changes in its editor.
export function preReviewWorkInProgressKey(username: string, id: string | null): string {
  return `${username}:pre-review:${id ?? 'new'}`;
}
