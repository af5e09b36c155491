// 产品信息: the product's fields, each with its live rule messages (PR1, PR5, PR6 sit here). The
// sheet's fields are its own (SheetInput, SheetSelect): their messages are the sheet's rules
// evaluated over the whole sheet (the violation store), not each field's schema.
import { Col, Row } from 'antd';
import type { Control } from 'react-hook-form';
import { currencies, productLabels, type Product, type Sheet } from '@/contract/sheet';
import { sheetFieldId } from '../model/sheetFieldId';
import type { ViolationStore } from '../model/violationStore';
import { SheetInput } from './SheetInput';
import { SheetSelect } from './SheetSelect';

type TextKey = Exclude<keyof Product, 'hasImported' | 'currency'>;

const layout: { key: TextKey; span: number; numeric?: boolean }[] = [
  { key: 'nameCn', span: 12 },
  { key: 'nameEn', span: 12 },
  { key: 'model', span: 8 },
  { key: 'hsCode', span: 8 },
  { key: 'unit', span: 8 },
  { key: 'exFactoryPrice', span: 8, numeric: true },
  { key: 'fobValue', span: 8, numeric: true },
];

function Label({ path, text, required = true }: { path: string; text: string; required?: boolean }) {
  return (
    <label
      htmlFor={sheetFieldId(path)}
      className={required ? 'required-label' : undefined}
      style={{ display: 'block', marginBottom: 4 }}
    >
      {text}
    </label>
  );
}

export function ProductSection({ control, store }: { control: Control<Sheet>; store: ViolationStore }) {
  return (
    <section aria-label="产品信息">
      <Row gutter={[16, 16]}>
        {layout.map(({ key, span, numeric }) => (
          <Col xs={24} md={span} key={key}>
            <Label path={`product.${key}`} text={productLabels[key]} />
            <SheetInput
              control={control}
              store={store}
              name={`product.${key}`}
              label={productLabels[key]}
              numeric={numeric}
              showMessages
            />
          </Col>
        ))}
        <Col xs={24} md={8}>
          <Label path="product.currency" text={productLabels.currency} />
          <SheetSelect control={control} store={store} name="product.currency" options={currencies} />
        </Col>
        <Col xs={24} md={8}>
          <Label path="product.hasImported" text={productLabels.hasImported} />
          <SheetSelect control={control} store={store} name="product.hasImported" options={['是', '否']} />
        </Col>
        <Col xs={24}>
          <Label path="product.processing" text={productLabels.processing} />
          <SheetInput
            control={control}
            store={store}
            name="product.processing"
            label={productLabels.processing}
            showMessages
          />
        </Col>
      </Row>
    </section>
  );
}
