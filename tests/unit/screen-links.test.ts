// The links the home page and the start-up log print: each opens something as it is.
import { describe, expect, it } from 'vitest';
import { screenLinks } from '../../shared/rules/screen-links.js';

describe('screen links', () => {
  it('every screen of a ward, the rating tablet at its first counter, no province board and no status page', () => {
    expect(screenLinks({ id: 'hoa-binh', counterNumbers: [1, 2, 3], hasChildren: false })).toEqual([
      { screen: 'kiosk', href: '/kiosk?center=hoa-binh' },
      { screen: 'wall', href: '/wall?center=hoa-binh' },
      { screen: 'counter', href: '/counter?center=hoa-binh' },
      { screen: 'reception', href: '/reception?center=hoa-binh' },
      { screen: 'booking', href: '/booking?center=hoa-binh' },
      { screen: 'leader', href: '/leader?center=hoa-binh' },
      { screen: 'admin', href: '/admin?center=hoa-binh' },
      { screen: 'board', href: '/board?center=hoa-binh' },
      { screen: 'rating', href: '/rating?center=hoa-binh&counter=1' },
    ]);
  });

  it('the province board only where there are wards; no rating tablet without a counter; ids are escaped', () => {
    const links = screenLinks({ id: 'tỉnh&x', counterNumbers: [], hasChildren: true }).map((l) => l.href);
    expect(links).toContain('/province?center=t%E1%BB%89nh%26x');
    expect(links.some((l) => l.startsWith('/rating'))).toBe(false);
  });
});
