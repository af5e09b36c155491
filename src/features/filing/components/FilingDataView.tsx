import { Descriptions } from 'antd';
import { FileLink } from '@/components/FileLink';
import { filingEntries } from '@/domain/filing/filingDisplay';
import type { FilingDraft } from '@/contract/filing';

/** Filing data, read only (a declared or approved filing), documents as download links. */
export function FilingDataView({ data }: { data: FilingDraft }) {
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
      {filingEntries(data).map((entry) => (
        <Descriptions.Item key={entry.key} label={entry.label}>
          {entry.file ? <FileLink file={entry.file} /> : entry.display}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
