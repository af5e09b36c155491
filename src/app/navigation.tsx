// The navigation, built from the route table: every function of the platform (F1–F6) for
// enterprise users, the console for customs. Functions the enterprise may not use yet are still
// listed, marked with a lock whose page explains the rule.
import { LockOutlined } from '@ant-design/icons';
import { Badge, Space, type MenuProps } from 'antd';
import { Link, matchRoutes } from 'react-router';
import { checkCapability, SELF, type Actor, type EnterpriseStanding } from '@/domain/capabilities';
import type { Role } from '@/contract/auth';
import { routePaths, type RouteId } from '@/lib/paths';
import {
  menuGroups,
  patternOf,
  routeTable,
  trailOf,
  type AppRoute,
  type MenuGroup,
  type NavigationCounts,
} from './routeTable';

export type { NavigationCounts } from './routeTable';

type Item = Required<MenuProps>['items'][number];

/** A link to a gated function: still a link (its page explains the block), marked with a lock. */
function label(route: AppRoute, standing: EnterpriseStanding | undefined, actor: Actor) {
  const to = patternOf(route);
  if (!route.capability) return <Link to={to}>{route.title}</Link>;
  const permission = standing ? checkCapability(standing, route.capability, actor) : { ok: true as const };
  return (
    <Link to={to} title={permission.ok ? undefined : permission.reason}>
      {route.title}
      {!permission.ok && <LockOutlined aria-label="（暂不可办理）" style={{ marginLeft: 6 }} />}
    </Link>
  );
}

const countWords: Record<keyof NavigationCounts, string> = { verifications: '待处理的核查记录单' };

const withCount = (link: React.ReactNode, count: number, what: string) =>
  count > 0 ? (
    <Space size={6}>
      {link}
      <Badge count={count} size="small" aria-hidden="true" />
      <span className="visually-hidden">
        （{count} 条{what}）
      </span>
    </Space>
  ) : (
    link
  );

/** The menu's routes for a role: customs has its console; everyone else the platform. */
export const menuRoutesFor = (role: Role) =>
  routeTable.filter(
    (route) =>
      route.menu && (role === 'customs' ? route.audience === 'customs' : route.audience !== 'customs'),
  );

export function navigationFor(
  role: Role,
  standing: EnterpriseStanding | undefined,
  actor: Actor = SELF,
  counts: NavigationCounts = { verifications: 0 },
): Item[] {
  const items: Item[] = [];
  const groups = new Map<MenuGroup, Item[]>();
  for (const route of menuRoutesFor(role)) {
    const count = route.menu?.count;
    const link = label(route, standing, actor);
    const item: Item = {
      key: patternOf(route),
      icon: route.menu?.icon,
      label: count ? withCount(link, counts[count], countWords[count]) : link,
    };
    const group = route.menu?.group;
    if (!group) {
      items.push(item);
      continue;
    }
    const children = groups.get(group);
    if (children) {
      children.push(item);
      continue;
    }
    const { key, label: groupLabel, icon } = menuGroups[group];
    groups.set(group, [item]);
    items.push({ key, icon, label: groupLabel, children: groups.get(group) });
  }
  return items;
}

/** The keys of the menu's folders, all open by default. */
export const menuGroupKeys = Object.values(menuGroups).map((group) => group.key);

const matchable = routeTable.map((route) => ({ path: patternOf(route), id: route.id }));

/** The route a path shows, and the values of its `:params`. */
export function routeAt(pathname: string): { id: RouteId; params: Record<string, string> } | null {
  const match = matchRoutes(matchable, pathname)?.[0];
  if (!match) return null;
  const params = Object.fromEntries(
    Object.entries(match.params).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return { id: match.route.id, params };
}

/** The menu key for a path: the page's own item, or that of the page it sits under. */
export function selectedKeyFor(pathname: string, role: Role): string {
  const at = routeAt(pathname);
  if (!at) return '';
  const listed = new Set(menuRoutesFor(role).map((route) => route.id));
  const item = trailOf(at.id)
    .reverse()
    .find((route) => listed.has(route.id));
  return item ? routePaths[item.id] : '';
}
