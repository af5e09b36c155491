// Moves a session's expiry, as time passing would, straight in the mock database.
import { transact } from '../../mocks/store/transactions';

export async function expireSessionIn(token: string, seconds: number): Promise<void> {
  await transact(['sessions'], [], async (tx) => {
    const store = tx.objectStore('sessions');
    const session = await store.get(token);
    if (!session) throw new Error('no such session');
    await store.put({ ...session, expiresAt: new Date(Date.now() + seconds * 1000).toISOString() });
  });
}
