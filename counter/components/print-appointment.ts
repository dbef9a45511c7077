// Prints an appointment slip on A5, through the page's print area like the receipts.
import type { CatalogView, TicketView } from '../../shared/types.js';
import { printInArea } from '../../ui/print-area.js';
import './mc-appointment-slip.js';

export function printAppointment(ticket: TicketView, catalog: CatalogView, staffName: string): void {
  const slip = document.createElement('mc-appointment-slip');
  slip.ticket = ticket;
  slip.catalog = catalog;
  slip.staffName = staffName;
  printInArea(slip, 'A5');
}
