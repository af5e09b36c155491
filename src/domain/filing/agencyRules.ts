// When an agency authorisation is in force, and what an edit changed (for its history).
import { beijingDate } from '@/domain/beijingDate';
import { capabilityLabels } from '@/domain/capabilities';
import { agencyFieldLabels, type AgencyData, type AgencyRecord } from '@/contract/agency';

export const OWN_USCC_MESSAGE = '这是本企业自己的统一社会信用代码：代录入企业应为受托代理的其他企业';

/** An enterprise cannot authorise itself as its own agency (form and service alike). */
export function isOwnUscc(uscc: string, ownUscc: string | null): boolean {
  return ownUscc !== null && uscc.trim().toUpperCase() === ownUscc.trim().toUpperCase();
}

/** In force: not revoked, and today within its period (both days included). */
export function isAuthorisationInForce(record: AgencyRecord, now: Date): boolean {
  const today = beijingDate(now);
  return record.status === '有效' && record.data.validFrom <= today && today <= record.data.validTo;
}

function show(key: keyof AgencyData, data: AgencyData): string {
  const value = data[key];
  if (key === 'scope') return data.scope.map((c) => capabilityLabels[c]).join('、');
  if (key === 'powerOfAttorney') return data.powerOfAttorney?.name ?? '—';
  return typeof value === 'string' ? value : '—';
}

export function agencyChanges(
  before: AgencyData,
  after: AgencyData,
): { label: string; before: string; after: string }[] {
  return (Object.keys(agencyFieldLabels) as (keyof AgencyData)[])
    .filter(
      (key) =>
        show(key, before) !== show(key, after) ||
        (key === 'powerOfAttorney' && before.powerOfAttorney?.id !== after.powerOfAttorney?.id),
    )
    .map((key) => ({ label: agencyFieldLabels[key], before: show(key, before), after: show(key, after) }));
}
