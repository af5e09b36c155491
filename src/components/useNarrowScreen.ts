import { Grid } from 'antd';

/**
 * A phone's width: below antd's md breakpoint (768 px). The shell's drawer and the lists' cards
 * both ask this, so "narrow" means one thing. Before antd's first measure, a desktop.
 */
export function useNarrowScreen(): boolean {
  return Grid.useBreakpoint().md === false;
}
