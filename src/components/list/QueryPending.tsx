// A new query of a list on its way: a thin moving bar over the list from the click, said to a
// screen reader, until the answer shows. Its own small store, so saying it renders this bar and
// not the table (a table's render is what a query should pay once: see useUrlList's `go`).
import { useSyncExternalStore } from 'react';

export interface PendingFlag {
  get(): boolean;
  set(pending: boolean): void;
  subscribe(listener: () => void): () => void;
}

export function pendingFlag(): PendingFlag {
  let pending = false;
  const listeners = new Set<() => void>();
  return {
    get: () => pending,
    set(next) {
      if (next === pending) return;
      pending = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function QueryPending({ flag }: { flag: PendingFlag }) {
  const pending = useSyncExternalStore(flag.subscribe, flag.get);
  return (
    <div className="query-pending" role="status">
      {pending && (
        <>
          <span className="query-pending-bar" />
          <span className="visually-hidden">正在查询…</span>
        </>
      )}
    </div>
  );
}
