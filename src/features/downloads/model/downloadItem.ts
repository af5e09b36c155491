// A file the downloads pages offer: what it is, its name, and how to make it (templates are built
// in the browser on demand; materials are written documents).
export interface DownloadItem {
  key: string;
  title: string;
  description: string;
  fileName: string;
  /** Shown beside the title, e.g. Excel 表格 or 网页文档. */
  format: string;
  build: () => Promise<Blob>;
}
