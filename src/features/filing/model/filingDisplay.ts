// How filing data reads to a person: codes turned into names.
import { provinceName } from '@/domain/regions';
import { customsOfficeName } from './customsOffices';
import type { FilingDraft } from './filingSchemas';

export function filingFieldDisplay(key: keyof FilingDraft, value: string): string {
  if (!value) return '—';
  if (key === 'registeredProvince') return provinceName(value) ?? value;
  if (key === 'customsOfficeCode') return customsOfficeName(value) ?? value;
  return value;
}
