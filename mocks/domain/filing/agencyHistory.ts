// What changed in a proxy-entry authorisation, for its history (变更记录).
import { capabilityLabels } from '@/values/capabilities';
import { agencyFieldLabels, type AgencyData } from '@/contract/agency';

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
