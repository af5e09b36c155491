import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState, type ReactNode } from 'react';
import { followServerChanges } from '@/lib/serverChanges';
import '@/lib/zodLocale';
import './global.css';

/** antd's default blue (#1677ff) under white text misses WCAG AA; this darker one passes. */
const brand = { colorPrimary: '#0958d9', colorLink: '#0958d9' };

/** Users who ask their system for less motion get no antd animations. */
function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  useEffect(() => followServerChanges(queryClient), [queryClient]);
  const [theme] = useState(() => ({ token: { ...brand, motion: !prefersReducedMotion() } }));
  return (
    // No space inserted between two Chinese characters: a button reads 暂存, not 暂 存.
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
