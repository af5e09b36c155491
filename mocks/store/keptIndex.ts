// An index the service keeps in memory beside the stores (the customs console's, each
// enterprise's 查询 list): built from the stores on first use, patched by this tab's writes once
// they commit, and dropped when anything else may have changed the stores (a reset, a repair,
// another tab's write), to be built again when next asked for.
import type { RecordStore } from './stores';
import { afterCommit, followWrites } from './commitHooks';
import { keptInMemory } from './readCache';
import type { WriteTx } from './schema';

interface Building<I> {
  built: Promise<I>;
  /** Null until built. */
  index: I | null;
}

/** Indexes by key (one per enterprise, or one for all), each built on first use of its key. */
export class KeptIndex<I> {
  private readonly kept = new Map<string, Building<I>>();

  /**
   * `stores` are what the indexes are made of: a write to one that does not say what it changed
   * (`patch`) drops them all.
   */
  constructor(stores: readonly RecordStore[]) {
    followWrites(stores);
    keptInMemory(() => this.kept.clear());
  }

  /** The index of `key`, built by `build` when there is none. */
  get(key: string, build: () => Promise<I>): Promise<I> {
    const held = this.kept.get(key);
    if (held) return held.built;
    const building: Building<I> = {
      built: build().then((index) => {
        building.index = index;
        return index;
      }),
      index: null,
    };
    building.built.catch(() => {
      if (this.kept.get(key) === building) this.kept.delete(key);
    });
    this.kept.set(key, building);
    return building.built;
  }

  /** After `tx` commits, `change` brings the index of `key` up to date (if there is one). */
  patch(tx: WriteTx, key: string, change: (index: I) => void): void {
    afterCommit(tx, () => this.bringUpToDate(key, change));
  }

  /** After `tx` commits, `change` brings every index up to date (a write that knows no key). */
  patchEvery(tx: WriteTx, change: (index: I) => void): void {
    afterCommit(tx, () => [...this.kept.keys()].forEach((key) => this.bringUpToDate(key, change)));
  }

  private bringUpToDate(key: string, change: (index: I) => void): void {
    const held = this.kept.get(key);
    if (!held) return;
    // Still being built from what was read before this write: built again when next asked.
    if (!held.index) this.kept.delete(key);
    else change(held.index);
  }
}
