import { Skeleton } from 'antd';
import { Suspense, type ReactNode } from 'react';

/** While a page's code loads: the page's place held by a skeleton, the shell still usable. */
export function PageSuspense({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Skeleton active aria-label="正在加载页面" />}>{children}</Suspense>;
}
