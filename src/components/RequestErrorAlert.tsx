import { Alert, Button } from 'antd';
import { ApiError, describeError } from '@/lib/api/apiError';

/**
 * A failed request, in the user's words, with an optional retry. When the service named the
 * fields at fault, those messages stand next to the fields; this only says where to look.
 */
export function RequestErrorAlert({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const onFields = error instanceof ApiError ? error.fieldErrors.length : 0;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? '操作未完成'}
      description={onFields > 0 ? `有 ${onFields} 处需要修改，已在对应项目旁标出。` : describeError(error)}
      action={onRetry ? <Button onClick={onRetry}>重试</Button> : undefined}
    />
  );
}
