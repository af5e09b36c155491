import type { DownloadItem } from '../model/downloadItem';
import { DownloadList } from './DownloadList';

/** 电子资料模板下载: spreadsheets generated in the browser, named and typed as Excel expects. */
export function TemplatesPage({ items }: { items: readonly DownloadItem[] }) {
  return <DownloadList intro="模板在浏览器中生成，下载后用 Excel 或 WPS 填写。" items={items} />;
}
