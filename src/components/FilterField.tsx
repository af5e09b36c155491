import { Col } from 'antd';
import type { ReactNode } from 'react';

/** One labelled control of a list's search form, in the form's responsive grid. */
export function FilterField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <Col xs={24} sm={12} lg={6}>
      <label htmlFor={id} style={{ display: 'block', marginBottom: 4 }}>
        {label}
      </label>
      {children}
    </Col>
  );
}
