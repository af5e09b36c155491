// A wide table scrolls sideways inside its own box (antd's `scroll.x`), never the page. A box
// that scrolls must be reachable by keyboard (arrow keys scroll it once focused) and named for a
// screen reader (a group, not a region: the section around it is the landmark); antd renders that box itself and offers no prop for it, so it is marked here.
import { useEffect, useRef, type ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const scroller of box.current?.querySelectorAll('.ant-table-content, .ant-table-body') ?? []) {
      scroller.setAttribute('tabindex', '0');
      scroller.setAttribute('role', 'group');
      scroller.setAttribute('aria-label', `${label}（可左右滚动）`);
    }
  });
  return <div ref={box}>{children}</div>;
}
