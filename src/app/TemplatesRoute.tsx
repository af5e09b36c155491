import { TemplatesPage } from '@/features/downloads/components/TemplatesPage';
import { templateDownloads } from './templateDownloads';

/** 电子资料模板下载 with the templates other features provide. */
export function TemplatesRoute() {
  return <TemplatesPage items={templateDownloads} />;
}
