import { Descriptions } from 'antd';
import { filingFieldDisplay } from '../model/filingDisplay';
import { filingFieldLabels, type FilingDraft } from '../model/filingSchemas';

/** Filing data, read only (a declared or approved filing). */
export function FilingDataView({ data }: { data: FilingDraft }) {
  const keys = Object.keys(filingFieldLabels) as (keyof FilingDraft)[];
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
      {keys.map((key) => (
        <Descriptions.Item key={key} label={filingFieldLabels[key]}>
          {filingFieldDisplay(key, data[key])}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
