// antd's styles in jsdom, cut to what the tests can observe. jsdom computes every property of
// every rule for each getComputedStyle call, and the testing tools call it for nearly every query
// (is this element hidden? may the pointer reach it?). With antd's whole style sheet in the
// document that was a third of the suite's time (issue 36); jsdom lays nothing out, so the rest
// of the sheet changes nothing a test can see.
//
// So renderApp has antd write its styles into a detached container, and this mirror keeps one
// style element in the document with, from each of antd's rules in order, only the declarations
// the tools read: display, visibility, opacity and pointer-events. A popconfirm's hidden 取消 or
// an inactive tab stays hidden, a disabled control stays out of reach, exactly as with the whole
// sheet. @keyframes, @supports and @layer blocks are dropped (jsdom's cascade ignores them);
// @media blocks are kept as they are (jsdom applies only all/screen).
//
// Faster still (the 15-minute run), renderApp runs antd in its zero-runtime mode: antd then writes
// no component styles at all, and the rules come from the style sheet antd publishes for it
// (antd/dist/antd.css, the same version's class names), mirrored once per worker
// (`mirrorPublishedSheet`). Building every component's styles at run time, again after each
// test's cleanup, was a third of a rendered test's time (preReviewActions: 62 s → 40 s alone).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const OBSERVED = new Set(['display', 'visibility', 'opacity', 'pointer-events']);

/**
 * The index of the first character of `text` from `from`, outside quotes and brackets, for which
 * `stop` says true (or the text's length): a string's `{`, `;` or `}` is text, not CSS.
 */
function findOutside(text: string, from: number, stop: (ch: string) => boolean): number {
  let brackets = 0;
  let quote: string | null = null;
  for (let i = from; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (quote) {
      if (ch === '\\') i += 1;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') brackets += 1;
    else if (ch === ')' || ch === ']') brackets -= 1;
    else if (brackets === 0 && stop(ch)) return i;
  }
  return text.length;
}

/** Splits `text` at `separator` outside quotes and brackets. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  for (let start = 0; start <= text.length;) {
    const end = findOutside(text, start, (ch) => ch === separator);
    parts.push(text.slice(start, end));
    start = end + 1;
  }
  return parts;
}

/** The index of the `}` that closes the block opening at `open`. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  return findOutside(css, open, (ch) => {
    if (ch === '{') depth += 1;
    else if (ch === '}') depth -= 1;
    return depth === 0;
  });
}

/** The observed declarations of `block` (a rule's body), or '' when it has none. */
function observedDeclarations(block: string): string {
  return splitTopLevel(block, ';')
    .filter((declaration) =>
      OBSERVED.has(declaration.slice(0, declaration.indexOf(':')).trim().toLowerCase()),
    )
    .join(';');
}

/** `css` reduced to the rules, and within them the declarations, that the tests can observe. */
export function observableRules(css: string): string {
  let out = '';
  let at = 0;
  while (at < css.length) {
    const open = findOutside(css, at, (ch) => ch === '{');
    if (open >= css.length) break;
    const prelude = css.slice(at, open).trim();
    const end = blockEnd(css, open);
    const body = css.slice(open + 1, end);
    if (prelude.startsWith('@media')) {
      const inner = observableRules(body);
      if (inner) out += `${prelude}{${inner}}`;
    } else if (!prelude.startsWith('@')) {
      const declarations = observedDeclarations(body);
      if (declarations) out += `${prelude}{${declarations}}`;
    }
    at = end + 1;
  }
  return out;
}

/**
 * A container for antd's styles outside the document, mirrored into the document as observable
 * rules. antd removes a component's styles when the last of its kind unmounts (every test's
 * cleanup) and writes them again on the next mount; the mirror adds each distinct block once and
 * keeps it, so jsdom parses it once per run rather than once per test (a kept block only matches
 * elements of its own component, so keeping it changes nothing a test can see). The mirror is
 * brought up to date before every getComputedStyle, so a query in the same tick as a component's
 * first render sees its rules.
 */
export function createStyleMirror(): HTMLElement {
  const container = document.createElement('div');
  /** antd's block text → its observable rules, mirrored once. */
  const mirrored = new Map<string, string>();

  const update = () => {
    for (const style of container.querySelectorAll('style')) {
      const text = style.textContent ?? '';
      if (mirrored.has(text)) continue;
      const rules = observableRules(text);
      mirrored.set(text, rules);
      if (!rules) continue;
      const mirror = document.createElement('style');
      mirror.dataset.mirror = 'antd';
      mirror.textContent = rules;
      document.head.append(mirror);
    }
  };
  const observer = new MutationObserver(update);
  observer.observe(container, { childList: true, subtree: true, characterData: true });

  const computed = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element, pseudo) => {
    if (observer.takeRecords().length > 0) update();
    return computed(element, pseudo);
  };
  return container;
}

/**
 * antd's published style sheet, reduced to its observable rules, in the document once: the rules
 * of the zero-runtime mode renderApp runs antd in.
 */
export function mirrorPublishedSheet(): void {
  if (document.head.querySelector('style[data-mirror="antd.css"]')) return;
  const sheet = readFileSync(createRequire(import.meta.url).resolve('antd/dist/antd.css'), 'utf8');
  const mirror = document.createElement('style');
  mirror.dataset.mirror = 'antd.css';
  mirror.textContent = observableRules(sheet);
  document.head.prepend(mirror);
}
