// The page's print area: the only thing @media print shows (theme.css). An element to print
// replaces what the area held, its page size applies to this print only, and the print waits for
// the element (a Lit element renders asynchronously) to be drawn.

export type PrintPageSize = '80mm auto' | 'A5' | 'A4 landscape';

const PAGE_STYLE_ID = 'mc-print-page';

export function printInArea(element: HTMLElement & { updateComplete?: Promise<unknown> }, pageSize: PrintPageSize): void {
  let area = document.querySelector<HTMLElement>('.mc-print-area');
  if (!area) {
    area = document.createElement('div');
    area.className = 'mc-print-area';
    document.body.append(area);
  }
  area.replaceChildren(element);
  // Declared after theme.css's receipt size, so it wins until the print is over; one at a time.
  document.getElementById(PAGE_STYLE_ID)?.remove();
  const page = document.createElement('style');
  page.id = PAGE_STYLE_ID;
  page.textContent = `@page { size: ${pageSize}; margin: 0; }`;
  document.head.append(page);
  window.addEventListener('afterprint', () => page.remove(), { once: true });
  void Promise.resolve(element.updateComplete).then(() => window.print());
}
