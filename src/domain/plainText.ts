// Text as people type it: any script, emoji, punctuation, and '<', '>' or '&' (always shown as
// text, never read as markup) — but no control characters. They are invisible, cannot be typed,
// and only arrive by pasting from odd sources or from a crafted request; shown back they would
// look like nothing, so they are refused with a message rather than kept or silently dropped.
import type { z } from 'zod';

/* eslint-disable no-control-regex -- finding control characters is the point */
const IN_A_LINE = /[\u0000-\u001f\u007f-\u009f]/;
/** Multi-line fields (审核意见, 回复说明…) may hold line breaks and tabs. */
const IN_A_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/* eslint-enable no-control-regex */

export const CONTROL_CHARACTERS_MESSAGE = '不能包含控制字符（不可见的特殊字符），请删除后重新输入';

export function hasControlCharacters(text: string, multiline = false): boolean {
  return (multiline ? IN_A_TEXT : IN_A_LINE).test(text);
}

/** A one-line text field's schema that also refuses control characters. */
export function singleLine<S extends z.ZodString>(schema: S): S {
  return schema.refine((text) => !hasControlCharacters(text), CONTROL_CHARACTERS_MESSAGE);
}

/** A multi-line text field's schema that also refuses control characters (line breaks are fine). */
export function multiLine<S extends z.ZodString>(schema: S): S {
  return schema.refine((text) => !hasControlCharacters(text, true), CONTROL_CHARACTERS_MESSAGE);
}
