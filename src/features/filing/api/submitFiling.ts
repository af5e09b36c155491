// The writes of the filing: 暂存 and 申报 of a filing application or of a change application,
// and 撤回. Each answers with the filing as it now is, which the page then shows.
import type { QueryClient } from '@tanstack/react-query';
import type { FilingResponse } from '@/contract/filing';
import { endpoints } from '@/contract/endpoints';
import { readAgain, useEndpointMutation } from '@/lib/api/useIdempotentMutation';
import { filingQueries } from './filingQueries';

const showFiling = ({ filing }: FilingResponse, _input: unknown, queryClient: QueryClient) =>
  queryClient.setQueryData(filingQueries.current().queryKey, filing);
/** Refused as behind the filing (409): the page reads it again (the form keeps what was typed). */
const writes = { onSuccess: showFiling, onConflict: readAgain(filingQueries.all) };

/** PUT /filing/draft: 暂存 of the filing application. */
export const useSaveFilingDraft = () => useEndpointMutation(endpoints.saveFilingDraft, writes);
/** POST /filing/declare: 申报 of the filing application (every rule of FR1). */
export const useDeclareFiling = () => useEndpointMutation(endpoints.declareFiling, writes);
/** PUT /filing/change/draft: 暂存 of a change application. */
export const useSaveFilingChangeDraft = () => useEndpointMutation(endpoints.saveFilingChangeDraft, writes);
/** POST /filing/change/declare: 申报 of a change application. */
export const useDeclareFilingChange = () => useEndpointMutation(endpoints.declareFilingChange, writes);
/** POST /filing/withdraw: 撤回 of a declared application customs has not decided. */
export const useWithdrawFiling = () => useEndpointMutation(endpoints.withdrawFiling, writes);
