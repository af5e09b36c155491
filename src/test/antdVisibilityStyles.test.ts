// The mirror of antd's styles keeps exactly what the testing tools read: what hides an element or
// keeps the pointer from it, and what overrides that, in order; the rest is left out.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createStyleMirror, observableRules } from './antdVisibilityStyles';

describe('observableRules', () => {
  it('keeps display, visibility, opacity and pointer-events, and drops every other declaration', () => {
    expect(
      observableRules(
        '.a{color:red;display:none;margin:0}.b{font-size:12px}.c{Visibility:hidden;opacity:0;pointer-events:none}',
      ),
    ).toBe('.a{display:none}.c{Visibility:hidden;opacity:0;pointer-events:none}');
  });

  it('keeps @media blocks with their condition, drops @keyframes and @supports', () => {
    expect(
      observableRules(
        '@media (max-width: 575px){.a{display:none;color:red}.b{color:blue}}@keyframes fade{0%{opacity:0}}@supports (display:grid){.c{display:grid}}',
      ),
    ).toBe('@media (max-width: 575px){.a{display:none}}');
  });

  it('reads braces and semicolons inside quotes and brackets as text', () => {
    expect(observableRules('.a[title="x{;}"]{content:"}{;";display:none}.b{display:block}')).toBe(
      '.a[title="x{;}"]{display:none}.b{display:block}',
    );
  });
});

describe('createStyleMirror', () => {
  it('hides what the styles written to its container hide, including an override, in the same tick', () => {
    const container = createStyleMirror();
    document.body.innerHTML =
      '<button class="t-hidden">取消</button><button class="t-hidden t-open">确定</button><button class="t-off">删除</button>';
    const style = document.createElement('style');
    // Class names no app element has: the mirror keeps its rules for the rest of the worker's run.
    style.textContent =
      '.t-hidden{display:none;color:red}.t-open{display:inline-block}.t-off{pointer-events:none}';
    container.append(style);

    expect(screen.queryByRole('button', { name: '取消' })).toBeNull();
    expect(screen.getByRole('button', { name: '确定' })).toBeVisible();
    expect(getComputedStyle(screen.getByRole('button', { name: '删除' })).pointerEvents).toBe('none');
    document.body.innerHTML = '';
  });
});
