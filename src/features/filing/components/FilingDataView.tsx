import { Descriptions } from 'antd';
import { provinceName } from '@/domain/regions';
import { customsOfficeName } from '../model/customsOffices';
import { filingFieldLabels, type FilingDraft } from '../model/filingSchemas';

function display(key: keyof FilingDraft, value: string): string {
  if (!value) return '—';
  if (key === 'registeredProvince') return provinceName(value) ?? value;
  if (key === 'customsOfficeCode') return customsOfficeName(value) ?? value;
  return value;
}

/** Filing data, read only (a declared or approved filing). */
export function FilingDataView({ data }: { data: FilingDraft }) {
  const keys = Object.keys(filingFieldLabels) as (keyof FilingDraft)[];
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
      {keys.map((key) => (
        <Descriptions.Item key={key} label={filingFieldLabels[key]}>
          {display(key, data[key])}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
