// Who a printed document is from: the enterprise the user works for (its own, or the one an
// agency acts for) and its 备案号. The signed-in shell provides it; printed pages read it.
import { createContext, useContext } from 'react';

export interface Letterhead {
  enterpriseName: string;
  /** 统一社会信用代码 */
  uscc: string;
  /** 备案号; null until customs approves the filing. */
  filingNo: string | null;
}

export const LetterheadContext = createContext<Letterhead | null>(null);

/** The letterhead, or null outside an enterprise's session (e.g. customs). */
export function useLetterhead(): Letterhead | null {
  return useContext(LetterheadContext);
}
