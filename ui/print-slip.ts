// Prints a ticket: the slip is placed in the page's print area (the only thing @media print shows)
// and the browser's print dialog (or the kiosk's silent printing) takes it from there.
import type { CatalogView, IssuedTicket } from '../shared/types.js';
import './components/mc-ticket-slip.js';

export function printSlip(issued: IssuedTicket, catalog: CatalogView): void {
  let area = document.querySelector<HTMLElement>('.mc-print-area');
  if (!area) {
    area = document.createElement('div');
    area.className = 'mc-print-area';
    document.body.append(area);
  }
  const slip = document.createElement('mc-ticket-slip');
  slip.issued = issued;
  slip.catalog = catalog;
  area.replaceChildren(slip);
  // Let Lit render the slip before the print snapshot is taken.
  void slip.updateComplete.then(() => window.print());
}
