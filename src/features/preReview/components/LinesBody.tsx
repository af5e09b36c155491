// The lines of 产品生产明细, virtualised: only the rows in view (and a few either side) are
// rendered. The virtualiser lives here, apart from the table that holds the lines: a scroll
// re-renders these rows only, and nothing whose cost grows with the sheet (the table's field
// array, for one, makes an id for every line on each render it takes part in).
//
// Not deferred (useDeferredValue): tried, and each keystroke then interrupted the pending rows,
// which mounted again, while rows re-measured as they came in kept a jump from settling. See
// docs/decisions.md, issue 35.
import { measureElement, observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useImperativeHandle, type Ref, type RefObject } from 'react';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { Control, UseFormSetValue } from 'react-hook-form';
import type { Sheet } from '@/contract/sheet';
import type { LineColumn } from '../model/lineCells';
import type { ViolationStore } from '../model/violationStore';
import { HEADER_HEIGHT, ROW_WIDTH } from './gridLayout';
import { LineRow } from './LineRow';

// A line without messages: 32 px input, 6 px padding above and below, 1 px border (measured).
const ROW_HEIGHT = 48;
const VIEWPORT = { width: 1200, height: 560 };

export interface LinesBodyHandle {
  /** Scrolls line `index` into view (`auto`: only if it is not). */
  scrollToIndex(index: number, align: 'auto' | 'center'): void;
}

interface LinesBodyProps {
  /** Each line's identity (the field array's ids), in order. */
  ids: readonly string[];
  scroller: RefObject<HTMLDivElement | null>;
  control: Control<Sheet>;
  setValue: UseFormSetValue<Sheet>;
  store: ViolationStore;
  onDuplicate: (index: number) => void;
  onRemove: (index: number) => void;
  onMove: (from: number, to: number) => void;
  /** The selected block: its lines and columns. */
  range: { top: number; bottom: number; columns: LineColumn[] } | null;
  handle: Ref<LinesBodyHandle>;
}

export const LinesBody = memo(function LinesBody({
  ids,
  scroller,
  control,
  setValue,
  store,
  onDuplicate,
  onRemove,
  onMove,
  range,
  handle,
}: LinesBodyProps) {
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // The lines start below the header, inside the same scrolling box.
    scrollMargin: HEADER_HEIGHT,
    // Without layout (before first paint, or a DOM without layout such as jsdom) the container
    // measures 0 high: assume a window of about a dozen rows rather than render none.
    initialRect: VIEWPORT,
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : VIEWPORT)),
    // Likewise a row without layout measures 0 high: taking that would put every line of a
    // 2,000-line sheet in view at once and render them all. It keeps its estimated height.
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || ROW_HEIGHT,
  });
  // One object for the rows' own props, stable while they are, so Rows stays memoised.
  const rows = useMemo(
    () => ({ control, setValue, store, onDuplicate, onRemove, onMove, range }),
    [control, setValue, store, onDuplicate, onRemove, onMove, range],
  );
  useImperativeHandle(handle, () => ({
    scrollToIndex(index, align) {
      virtualizer.scrollToIndex(index, { align });
    },
  }));
  const items = virtualizer.getVirtualItems();
  return (
    <div
      role="rowgroup"
      style={{ height: virtualizer.getTotalSize(), position: 'relative', width: ROW_WIDTH, minWidth: '100%' }}
    >
      <Rows items={items} ids={ids} measure={virtualizer.measureElement} rows={rows} />
    </div>
  );
});

type RowProps = Omit<LinesBodyProps, 'ids' | 'scroller' | 'handle'>;

/** The rendered rows: memoised, so a scroll that does not move the window renders none. */
const Rows = memo(function Rows({
  items,
  ids,
  measure,
  rows: { control, setValue, store, onDuplicate, onRemove, onMove, range },
}: {
  items: VirtualItem[];
  ids: readonly string[];
  measure: (element: Element | null) => void;
  rows: RowProps;
}) {
  return (
    <>
      {/* The items of a render may lag a change of the lines: never a line that is gone. */}
      {items
        .filter((item) => item.index < ids.length)
        .map((item) => (
          <div
            key={ids[item.index]}
            data-index={item.index}
            ref={measure}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${item.start - HEADER_HEIGHT}px)`,
            }}
          >
            <LineRow
              index={item.index}
              count={ids.length}
              control={control}
              setValue={setValue}
              store={store}
              onDuplicate={onDuplicate}
              onRemove={onRemove}
              onMove={onMove}
              selected={range && item.index >= range.top && item.index <= range.bottom ? range.columns : null}
            />
          </div>
        ))}
    </>
  );
});
