// Writes of the records the customs console lists: each stores its record and hands the console's
// index (reviewIndex.ts) the record's applications, applied once the transaction commits. Every
// write of a filing, a person or a verification goes through here (a pre-review's through
// preReviewStore.ts, which does the same).
import type { FilingRecord } from '@/contract/filing';
import type { PersonRecord } from '@/contract/personnel';
import type { VerificationRecord } from '@/contract/verification';
import type { WriteTx } from '../../store/schema';
import { entriesOfFiling, entriesOfPerson, entriesOfVerification } from './entries';
import { keepIndexed } from './reviewIndex';

export async function putFiling(tx: WriteTx, record: FilingRecord): Promise<void> {
  await tx.objectStore('filings').put(record);
  keepIndexed(tx, 'filing', record.id, entriesOfFiling(record));
}

export async function putPerson(tx: WriteTx, person: PersonRecord): Promise<void> {
  await tx.objectStore('personnel').put(person);
  keepIndexed(tx, 'personnel', person.id, entriesOfPerson(person));
}

export async function putVerification(tx: WriteTx, record: VerificationRecord): Promise<void> {
  await tx.objectStore('verifications').put(record);
  keepIndexed(tx, 'verification', record.id, entriesOfVerification(record));
}
