import { costSheetGuide } from '../materials/costSheetGuide';
import { documentList } from '../materials/documentList';
import { rcepRules } from '../materials/rcepRules';
import type { DownloadItem } from '../model/downloadItem';
import { DownloadList } from './DownloadList';

const format = '网页文档（可打印为 PDF）';

export const materials: readonly DownloadItem[] = [rcepRules, costSheetGuide, documentList].map((item) => ({
  ...item,
  format,
}));

/** 海关原产地证-资料下载: reference materials written for this product (演示资料). */
export function MaterialsPage() {
  return (
    <DownloadList
      intro="以下资料为本平台编写的学习资料（演示资料），办理业务请以海关总署公告为准。"
      items={materials}
    />
  );
}
