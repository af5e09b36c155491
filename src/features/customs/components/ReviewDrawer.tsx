// The application under review, opened from the URL's `review`: what was declared (and, for a
// pre-review, the 原产地标准预判 the exporter saw), with the decision form fixed at the foot of
// the drawer so it is in view however long the application is. After a decision the next
// application of the page opens, so an officer can work down the queue from the keyboard.
import { useQuery } from '@tanstack/react-query';
import { App, Drawer, Skeleton, Space } from 'antd';
import { useId } from 'react';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import type { ReviewItem, ReviewKey } from '@/contract/review';
import { applicationTypeLabels, statusLabel } from '@/lib/applicationTypeLabels';
import { useOnScreen } from '@/lib/onScreen';
import { customsQueries } from '../api/reviewQueue';
import { DecisionForm } from './DecisionForm';
import { ReviewDetails } from './ReviewDetails';
import { ReviewOriginAdvice } from './ReviewOriginAdvice';

export function ReviewDrawer({
  reviewing,
  show,
  nextAfter,
}: {
  reviewing: ReviewKey | null;
  /** Opens another application, or closes the drawer (null). */
  show: (key: ReviewKey | null) => void;
  /** The application to open once `item` is decided, if any. */
  nextAfter: (item: ReviewItem) => ReviewItem | null;
}) {
  const { message } = App.useApp();
  const titleId = useId();
  const found = useQuery(customsQueries.item(reviewing));
  const item = found.data?.item;
  const decidable = item?.status === '待审核';
  useOnScreen(item?.kind, item && { id: item.recordId, enterpriseId: item.enterprise.id });

  const decided = (before: ReviewItem, after: ReviewItem) => {
    const next = nextAfter(before);
    const said = `已审核：${after.enterprise.nameCn} 的${applicationTypeLabels[after.type]}${statusLabel(after)}。`;
    void message.success(next ? `${said}已打开下一条。` : `${said}本页已没有待审核的申请。`);
    show(next);
  };

  return (
    <Drawer
      open={reviewing !== null}
      onClose={() => show(null)}
      size={640}
      // Named by our own id: antd's ids are all the same under test, and the search form's come first.
      aria-labelledby={titleId}
      title={
        <span id={titleId}>
          {item ? `${applicationTypeLabels[item.type]} · ${item.enterprise.nameCn}` : '审核'}
        </span>
      }
      destroyOnHidden
      footer={
        item && decidable ? (
          // Keyed by the application: the next one starts with a blank form.
          <DecisionForm key={item.id} item={item} onDone={(after) => decided(item, after)} />
        ) : null
      }
      styles={{ footer: { padding: 16 } }}
      // Below the header (antd's Layout.Header is 64 px), which stays in reach: the officer can
      // switch role or sign out without closing the review first.
      rootStyle={{ top: 64 }}
    >
      {found.error ? (
        <RequestErrorAlert error={found.error} title="无法读取该申请" onRetry={() => void found.refetch()} />
      ) : !item ? (
        <Skeleton active />
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <ReviewDetails item={item} />
          {item.sheet && (
            <section aria-labelledby="review-origin-advice">
              <h2 id="review-origin-advice" style={{ fontSize: 16, margin: '0 0 8px' }}>
                原产地标准预判
              </h2>
              <ReviewOriginAdvice sheet={item.sheet} />
            </section>
          )}
        </Space>
      )}
    </Drawer>
  );
}
