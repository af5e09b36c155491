// How filing data reads to a person: codes turned into names, documents by their file names.
import { provinceName } from '@/values/regions';
import { customsOfficeName } from '@/values/customsOffices';
import {
  filingAttachmentKinds,
  filingFields,
  type FilingDraft,
  type FilingTextField,
} from '@/contract/filing';

export function filingFieldDisplay(key: FilingTextField, value: string): string {
  if (!value) return '—';
  if (key === 'registeredProvince') return provinceName(value) ?? value;
  if (key === 'customsOfficeCode') return customsOfficeName(value) ?? value;
  return value;
}

export interface FilingEntry {
  key: string;
  label: string;
  /** As shown. */
  display: string;
  /** What identifies the value (a document's id, not its name). */
  identity: string;
  /** The document, for a download link. */
  file?: NonNullable<FilingDraft['attachments'][keyof FilingDraft['attachments']]>;
}

/** Every field and document of a filing, in form order, ready to show or compare. */
export function filingEntries(data: FilingDraft): FilingEntry[] {
  const fields = (Object.keys(filingFields) as FilingTextField[]).map((key) => ({
    key,
    label: filingFields[key].label,
    display: filingFieldDisplay(key, data[key]),
    identity: data[key],
  }));
  const documents = filingAttachmentKinds.map(({ key, label }) => {
    const file = data.attachments?.[key] ?? null;
    return { key, label, display: file?.name ?? '—', identity: file?.id ?? '', ...(file ? { file } : {}) };
  });
  return [...fields, ...documents];
}

export interface FilingChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

/** The entries that differ between the approved filing and a change application. */
export function filingChanges(before: FilingDraft, after: FilingDraft): FilingChange[] {
  const old = new Map(filingEntries(before).map((entry) => [entry.key, entry]));
  return filingEntries(after)
    .filter((entry) => old.get(entry.key)?.identity !== entry.identity)
    .map((entry) => ({
      key: entry.key,
      label: entry.label,
      before: old.get(entry.key)?.display ?? '—',
      after: entry.display,
    }));
}

/** What a 申报 sends, as its confirmation lists it: a filing by what identifies the enterprise, a
 * change by what it changes. */
export function filingDeclareItems(
  kind: 'filing' | 'change',
  data: FilingDraft,
  approved: FilingDraft | null,
): { label: string; value: string }[] {
  if (kind === 'change' && approved) {
    const changes = filingChanges(approved, data);
    return changes.map(({ label, before, after }) => ({ label, value: `${before} → ${after}` }));
  }
  const shown = new Map(filingEntries(data).map((entry) => [entry.key, entry]));
  const documents = filingAttachmentKinds
    .map(({ key }) => shown.get(key)?.display)
    .filter((name): name is string => name !== undefined && name !== '—');
  return [
    ...(['nameCn', 'uscc', 'enterpriseType', 'customsOfficeCode'] as const).map((key) => ({
      label: filingFields[key].label,
      value: filingFieldDisplay(key, data[key]),
    })),
    { label: '随附单证', value: documents.length > 0 ? documents.join('、') : '—' },
  ];
}
