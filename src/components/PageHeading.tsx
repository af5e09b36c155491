// A page's heading block, the same on every page: what is above the title (breadcrumbs), what is
// beside it (the way back), the one <h1>, and a line saying what the page is for.
import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function PageHeading({
  title,
  description,
  above,
  before,
}: {
  title: string;
  description?: ReactNode;
  above?: ReactNode;
  before?: ReactNode;
}) {
  return (
    <header className="page-frame">
      {above}
      <div className="page-frame-title">
        {before}
        <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
          {title}
        </Typography.Title>
      </div>
      {description && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {description}
        </Typography.Paragraph>
      )}
    </header>
  );
}
