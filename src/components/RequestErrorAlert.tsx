import { Alert, Button } from 'antd';
import { describeError } from '@/lib/api/apiError';

/** A failed request, in the user's words, with an optional retry. */
export function RequestErrorAlert({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? '操作未完成'}
      description={describeError(error)}
      action={onRetry ? <Button onClick={onRetry}>重试</Button> : undefined}
    />
  );
}
