// Text as people type it: any script, emoji, punctuation, and '<', '>' or '&' (always shown as
// text, never read as markup) — but no control characters and no invisible format characters.
// Control characters cannot be typed and only arrive by pasting from odd sources or from a
// crafted request; shown back they would look like nothing. Bidirectional overrides and
// zero-width characters make text look other than it is (`invoice‮fdp.exe` shows as
// "invoiceexe.pdf"). Both are refused with a message rather than kept or silently dropped.
import type { z } from 'zod';

/* eslint-disable no-control-regex -- finding control characters is the point */
const IN_A_LINE = /[\u0000-\u001f\u007f-\u009f]/;
/** Multi-line fields (审核意见, 回复说明…) may hold line breaks and tabs. */
const IN_A_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/* eslint-enable no-control-regex */

/**
 * Bidirectional embeddings, overrides and isolates, direction marks, zero-width space, word
 * joiner and invisible operators, byte-order mark. Zero-width (non-)joiners (U+200C, U+200D)
 * stay allowed: emoji sequences such as 👨‍👩‍👧 and some scripts need them, and they reorder nothing.
 */
const INVISIBLE_FORMAT = /[\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

const CONTROL_CHARACTERS_MESSAGE = '不能包含控制字符（不可见的特殊字符），请删除后重新输入';
export const INVISIBLE_FORMAT_MESSAGE =
  '不能包含零宽字符或文字方向控制符（不可见，会让内容看起来与实际不同），请删除后重新输入';

function hasControlCharacters(text: string, multiline = false): boolean {
  return (multiline ? IN_A_TEXT : IN_A_LINE).test(text);
}

export function hasInvisibleFormatCharacters(text: string): boolean {
  return INVISIBLE_FORMAT.test(text);
}

/** What is wrong with the characters of a typed text, or null when nothing is. */
export function plainTextProblem(text: string, multiline = false): string | null {
  if (hasControlCharacters(text, multiline)) return CONTROL_CHARACTERS_MESSAGE;
  if (hasInvisibleFormatCharacters(text)) return INVISIBLE_FORMAT_MESSAGE;
  return null;
}

function refusingHidden<S extends z.ZodString>(schema: S, multiline: boolean): S {
  return schema.superRefine((text, ctx) => {
    const problem = plainTextProblem(text, multiline);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }) as S;
}

/** A one-line text field's schema that also refuses control and invisible format characters. */
export function singleLine<S extends z.ZodString>(schema: S): S {
  return refusingHidden(schema, false);
}

/** A multi-line text field's schema that refuses the same (line breaks and tabs are fine). */
export function multiLine<S extends z.ZodString>(schema: S): S {
  return refusingHidden(schema, true);
}
