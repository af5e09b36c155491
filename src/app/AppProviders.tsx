import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, type ReactNode } from 'react';
import { followServerChanges } from '@/lib/serverChanges';
import '@/lib/zodLocale';
import './global.css';

/** antd's default blue (#1677ff) under white text misses WCAG AA; this darker one passes. */
const theme = { token: { colorPrimary: '#0958d9', colorLink: '#0958d9' } };

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  useEffect(() => followServerChanges(queryClient), [queryClient]);
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
