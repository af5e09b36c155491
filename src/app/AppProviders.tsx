import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState, type ReactNode } from 'react';
import { followServerChanges } from '@/lib/serverChanges';
import '@/contract/zodLocale';
import '@/lib/dayjsLocale';
import './global.css';

/**
 * WCAG AA contrast: antd's default blue (#1677ff) and red (#ff4d4f) under or as text, and its grey
 * secondary text (45% black), fall below 4.5:1; these pass on white and the light backgrounds.
 */
const brand = {
  colorPrimary: '#0958d9',
  // antd lightens the primary for hover; the lighter blue fails contrast as text, so darken instead.
  colorPrimaryHover: '#003eb3',
  colorPrimaryActive: '#002c8c',
  colorLinkHover: '#003eb3',
  colorError: '#cf1322',
  colorLink: '#0958d9',
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextDescription: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
};

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
