// When an agency authorisation is in force, and what an edit changed (for its history).
import { beijingDate } from '@/values/beijingDate';
import { type AgencyRecord } from '@/contract/agency';

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
