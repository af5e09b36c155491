// The columns of a production detail line, in the order of the form, the paste and the template.
import type { Line } from '@/contract/sheet';

export const lineColumns: {
  key: Exclude<keyof Line, 'key'>;
  width: number;
  numeric?: boolean;
}[] = [
  { key: 'materialName', width: 150 },
  { key: 'materialHs', width: 110 },
  { key: 'origin', width: 110 },
  { key: 'unit', width: 80 },
  { key: 'unitPrice', width: 110, numeric: true },
  { key: 'quantity', width: 110, numeric: true },
  { key: 'originValue', width: 120, numeric: true },
  { key: 'nonOriginValue', width: 120, numeric: true },
];
