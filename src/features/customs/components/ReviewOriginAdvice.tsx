// The officer's view of a pre-review's 原产地标准预判: the same model and figures the exporter
// had, over the sheet the application declares, with the agreements the officer picks.
import { useMemo } from 'react';
import type { Sheet } from '@/contract/sheet';
import { defaultAgreementIds } from '@/domain/origin/agreements';
import { OriginAdviceView } from '@/components/origin/OriginAdviceView';
import { useAdviceChoices } from '@/components/origin/useAdviceChoices';
import { useAdvice } from '@/components/origin/useAdvice';

export function ReviewOriginAdvice({ sheet }: { sheet: Sheet }) {
  const { ids, controls, whatIf } = useAdviceChoices(() => [...defaultAgreementIds]);
  const withoutCosts = useMemo(() => whatIf(null), [whatIf]);
  const advice = useAdvice(sheet, ids, withoutCosts);
  return <OriginAdviceView advice={advice} controls={controls} />;
}
