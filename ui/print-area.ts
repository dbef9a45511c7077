// The page's print area: the only thing @media print shows (theme.css). An element to print
// replaces what the area held, its page size applies to this print only, and the print waits for
// the element (a Lit element renders asynchronously) to be drawn.
//
// A screen that shows a document (the appointment slip) offers it to the area while it is shown,
// so the browser's own Ctrl+P prints that document rather than a blank page; a one-off print (a
// ticket) takes the area for its print and gives it back afterwards.

export type PrintPageSize = '80mm auto' | 'A5' | 'A4 landscape';

const PAGE_STYLE_ID = 'mc-print-page';

interface Offer {
  element: HTMLElement;
  pageSize: PrintPageSize;
}

/** What the screen shows for Ctrl+P, if anything. */
let offered: Offer | null = null;

function place({ element, pageSize }: Offer): void {
  let area = document.querySelector<HTMLElement>('.mc-print-area');
  if (!area) {
    area = document.createElement('div');
    area.className = 'mc-print-area';
    document.body.append(area);
  }
  area.replaceChildren(element);
  // Declared after theme.css's receipt size, so it wins while it stands; one at a time.
  document.getElementById(PAGE_STYLE_ID)?.remove();
  const page = document.createElement('style');
  page.id = PAGE_STYLE_ID;
  page.textContent = `@page { size: ${pageSize}; margin: 0; }`;
  document.head.append(page);
}

function clear(): void {
  document.querySelector('.mc-print-area')?.replaceChildren();
  document.getElementById(PAGE_STYLE_ID)?.remove();
}

/** Ctrl+P prints `element` until it is withdrawn (the screen showing it closes). */
export function offerForPrint(element: HTMLElement, pageSize: PrintPageSize): void {
  offered = { element, pageSize };
  place(offered);
}

export function withdrawFromPrint(element: HTMLElement): void {
  if (offered?.element !== element) return;
  offered = null;
  clear();
}

export function printInArea(element: HTMLElement & { updateComplete?: Promise<unknown> }, pageSize: PrintPageSize): void {
  place({ element, pageSize });
  window.addEventListener(
    'afterprint',
    () => {
      if (offered) place(offered);
      else document.getElementById(PAGE_STYLE_ID)?.remove();
    },
    { once: true },
  );
  void Promise.resolve(element.updateComplete).then(() => window.print());
}
