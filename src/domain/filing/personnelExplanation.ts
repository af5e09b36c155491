// Where an authorised person stands, in words, for the list's 办理情况: what happened to the last
// application and whether the person may act for the enterprise now. The two columns alone (申请状态,
// 在用/已停用, now said here) leave the exporter to work that out, e.g. that a refused person cannot act.
import type { PersonRecord } from '@/contract/personnel';

export interface PersonExplanation {
  tone: 'info' | 'success' | 'warning' | 'error' | 'default';
  text: string;
  /** Customs' opinion, when it refused the application. */
  opinion: string | null;
}

export function explainPerson(
  person: Pick<PersonRecord, 'status' | 'active' | 'opinion'>,
): PersonExplanation {
  if (!person.active) return { tone: 'default', text: '已停用，不能再代表本企业办理业务', opinion: null };
  switch (person.status) {
    case '暂存':
      return { tone: 'info', text: '已暂存，尚未申报；申报后由海关审核', opinion: null };
    case '申报':
      return { tone: 'info', text: '已申报，海关审核中，审核期间不能修改或停用', opinion: null };
    case '审核通过':
      return { tone: 'success', text: '审核通过，可代表本企业办理业务', opinion: null };
    case '审核不通过':
      return {
        tone: 'error',
        text: '未通过审核，请按审核意见修改后重新申报',
        opinion: person.opinion,
      };
  }
}
