// Prints an appointment slip on A5. Like ui/print-slip.ts's receipts, the slip goes into the page's
// print area (the only thing @media print shows); the A5 page size applies to this print only.
import type { CatalogView, TicketView } from '../../shared/types.js';
import './mc-appointment-slip.js';

export function printAppointment(ticket: TicketView, catalog: CatalogView, staffName: string): void {
  let area = document.querySelector<HTMLElement>('.mc-print-area');
  if (!area) {
    area = document.createElement('div');
    area.className = 'mc-print-area';
    document.body.append(area);
  }
  const slip = document.createElement('mc-appointment-slip');
  slip.ticket = ticket;
  slip.catalog = catalog;
  slip.staffName = staffName;
  area.replaceChildren(slip);
  // Declared after theme.css's receipt size, so it wins until the print is over.
  const page = document.createElement('style');
  page.textContent = '@page { size: A5 portrait; margin: 0; }';
  document.head.append(page);
  window.addEventListener('afterprint', () => page.remove(), { once: true });
  void slip.updateComplete.then(() => window.print());
}
