// The links to a center's screens that open something useful as they are — the home page and the
// start-up log print the same ones. The phone status page is left out (it needs a ticket's token: it
// is opened from the QR code on the slip), the rating tablet is linked at a counter, and the province
// board only for a center that has wards under it.

export const CENTER_SCREENS = [
  'kiosk',
  'wall',
  'counter',
  'reception',
  'booking',
  'leader',
  'admin',
  'board',
  'rating',
  'province',
] as const;
export type CenterScreen = (typeof CENTER_SCREENS)[number];

/** The pairing page serves every center: a screen learns its center from its code. */
export const PAIR_PATH = '/pair';

export interface LinkedCenter {
  id: string;
  /** Its counters' numbers, in order: the rating tablet is opened at the first. */
  counterNumbers: readonly number[];
  /** Whether other centers have it as their parent (a province center). */
  hasChildren: boolean;
}

/** Whether other centers have `id` as their parent: it is a province center, with a province board. */
export function hasWards(id: string, centers: readonly { parentId: string | null }[]): boolean {
  return centers.some((c) => c.parentId === id);
}

export interface ScreenLink {
  screen: CenterScreen;
  /** Path and query, e.g. `/rating?center=hoa-binh&counter=1`. */
  href: string;
}

export function screenLinks(center: LinkedCenter): ScreenLink[] {
  const query = (extra: Record<string, string> = {}) => new URLSearchParams({ center: center.id, ...extra }).toString();
  return CENTER_SCREENS.flatMap((screen): ScreenLink[] => {
    if (screen === 'rating') {
      const counter = center.counterNumbers[0];
      return counter === undefined ? [] : [{ screen, href: `/rating?${query({ counter: String(counter) })}` }];
    }
    if (screen === 'province' && !center.hasChildren) return [];
    return [{ screen, href: `/${screen}?${query()}` }];
  });
}
