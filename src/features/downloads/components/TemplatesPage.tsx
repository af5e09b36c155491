import type { DownloadItem } from '../model/downloadItem';
import { DownloadList } from './DownloadList';

/** 电子资料模板下载: spreadsheets generated in the browser, named and typed as Excel expects. */
export function TemplatesPage({ items }: { items: readonly DownloadItem[] }) {
  return (
    <DownloadList
      title="电子资料模板下载"
      intro="产品预审和核查所需电子资料的 Excel 模板。模板在浏览器中生成，下载后用 Excel 或 WPS 填写。"
      items={items}
    />
  );
}
