// What a person in front of a screen sees, measured in the page: whether a part is inside the
// viewport, whether anything lies over it (hit-testing points across its box, as a finger or an eye
// would meet it), whether a text is cut off or wraps. Screens live in shadow roots: hit-testing asks
// the root that holds the part, so whatever covers it is named even when it sits in another shadow.
import type { Locator, Page } from 'playwright-core';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export async function boxOf(locator: Locator): Promise<Box> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}

/** How far the part reaches outside the viewport on each side (all zero: fully on screen). */
export async function outsideViewport(locator: Locator): Promise<Box> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const { innerWidth: w, innerHeight: h } = window;
    const out = (n: number) => Math.max(0, Math.round(n));
    return { left: out(-r.left), top: out(-r.top), right: out(r.right - w), bottom: out(r.bottom - h) };
  });
}

/**
 * What lies over the part: at a grid of points across its box, the topmost element
 * of the root that holds it (inside rounded corners), when that is neither the part nor inside it. Each offender once, as
 * `tag[data-testid]`. Points outside the viewport are not tested (see outsideViewport).
 */
export async function coveredBy(locator: Locator, grid = 5): Promise<string[]> {
  return locator.evaluate((el, n) => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const r = el.getBoundingClientRect();
    // A rounded corner's point lies inside the curve from 0.3 of its radius in.
    const inset = 3 + 0.3 * (parseFloat(getComputedStyle(el).borderTopLeftRadius) || 0);
    const found = new Set<string>();
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const x = r.left + inset + ((r.width - 2 * inset) * i) / (n - 1);
        const y = r.top + inset + ((r.height - 2 * inset) * j) / (n - 1);
        if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) continue;
        const top = root.elementsFromPoint(x, y)[0];
        if (top && top !== el && !el.contains(top)) {
          const testid = top.getAttribute('data-testid');
          found.add(`${top.tagName.toLowerCase()}${testid ? `[${testid}]` : ''}`);
        }
      }
    }
    return [...found];
  }, grid);
}

/** Whether two boxes share any area. */
export function overlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Text of the part that does not fit its box: its content is wider or taller than what shows. */
export async function clipped(locator: Locator): Promise<{ width: number; height: number }> {
  return locator.evaluate((el) => ({
    width: Math.max(0, el.scrollWidth - el.clientWidth),
    height: Math.max(0, el.scrollHeight - el.clientHeight),
  }));
}

/** On how many lines the part's text is laid out (1: it does not wrap). */
export async function lineCount(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = new Set<number>();
    for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.bottom));
    return tops.size;
  });
}

/**
 * Lays the screens out in DejaVu Sans, Debian's own sans-serif and wider than Noto Sans or Arial's
 * stand-in Liberation Sans: what fits in it fits in the fonts a center's machines are likely to have.
 */
export async function useWideFont(page: Page): Promise<void> {
  await page.addStyleTag({ content: `:root { --mc-font: 'DejaVu Sans', sans-serif; }` });
}

/**
 * Boxes between the part and the page that cut it off: an ancestor (across shadow roots) that
 * clips or scrolls its overflow and holds more than it shows. None: the page's own scroll reaches it.
 */
export async function clippingBoxes(locator: Locator): Promise<string[]> {
  return locator.evaluate((el) => {
    const found: string[] = [];
    let node: Element | null = el;
    while (node) {
      const parent: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
      if (parent && parent !== document.documentElement && parent !== document.body) {
        const { overflowY } = getComputedStyle(parent);
        if (overflowY !== 'visible' && parent.scrollHeight > parent.clientHeight + 1) {
          found.push(`${parent.tagName.toLowerCase()}.${parent.className} (${parent.scrollHeight} in ${parent.clientHeight})`);
        }
      }
      node = parent;
    }
    return found;
  });
}

/**
 * Form controls (selects, date and time fields) anywhere on the page, shadow roots included, drawn
 * narrower than they would be on their own: a select shows its longest option in full, a time its
 * hours, minutes and AM/PM. Each as `aria-label or name: drawn < natural`.
 */
export async function squeezedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls: HTMLElement[] = [];
    const visit = (root: Document | ShadowRoot) => {
      controls.push(...root.querySelectorAll<HTMLElement>('select, input[type="time"], input[type="date"]'));
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    const squeezed: string[] = [];
    for (const control of controls) {
      const drawn = control.getBoundingClientRect().width;
      if (drawn === 0) continue;
      // The same control beside it, sized by its content alone.
      const alone = control.cloneNode(true) as HTMLElement;
      alone.style.cssText = 'position:absolute;visibility:hidden;width:auto;min-width:0;max-width:none;';
      control.parentElement?.append(alone);
      const natural = alone.getBoundingClientRect().width;
      alone.remove();
      if (drawn + 0.5 < natural) {
        const name = control.getAttribute('aria-label') ?? control.closest('label')?.textContent?.trim() ?? control.tagName;
        squeezed.push(`${name}: ${Math.round(drawn)} < ${Math.round(natural)}`);
      }
    }
    return squeezed;
  });
}
