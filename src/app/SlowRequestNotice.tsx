import { useIsFetching, useIsMutating } from '@tanstack/react-query';
import { SlowAnswerNotice } from '@/components/form/SubmitBar';
import { useWaitedLong } from '@/lib/api/useIdempotentMutation';

/**
 * Says so when the customs service takes long to answer a read. A slow write is said by the form
 * that sent it, beside its 取消 (SubmitBar), so this stays quiet while one is pending.
 */
export function SlowRequestNotice() {
  const reading = useIsFetching() > 0;
  const writing = useIsMutating() > 0;
  const busy = reading && !writing;
  return useWaitedLong(busy) ? <SlowAnswerNotice style={{ marginBottom: 16 }} /> : null;
}
