// Prints a ticket on the 80 mm receipt printer: the browser's print dialog (or the kiosk's silent
// printing) takes the slip from the page's print area.
import type { CatalogView, IssuedTicket } from '../shared/types.js';
import './components/mc-ticket-slip.js';
import { printInArea } from './print-area.js';

export function printSlip(issued: IssuedTicket, catalog: CatalogView): void {
  const slip = document.createElement('mc-ticket-slip');
  slip.issued = issued;
  slip.catalog = catalog;
  printInArea(slip, '80mm auto');
}
