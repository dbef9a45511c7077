// Form 01 on A5, through the page's print area: printed at once, or offered to Ctrl+P while a
// screen shows it.
import type { AppointmentSlipView, CatalogView } from '../../shared/types.js';
import { offerForPrint, printInArea, withdrawFromPrint } from '../../ui/print-area.js';
import './mc-appointment-slip.js';

function slipElement(slip: AppointmentSlipView, catalog: CatalogView): HTMLElement {
  const element = document.createElement('mc-appointment-slip');
  element.slip = slip;
  element.catalog = catalog;
  return element;
}

export function printAppointment(slip: AppointmentSlipView, catalog: CatalogView): void {
  printInArea(slipElement(slip, catalog), 'A5');
}

/** Ctrl+P prints this slip until the returned function withdraws it. */
export function offerAppointment(slip: AppointmentSlipView, catalog: CatalogView): () => void {
  const element = slipElement(slip, catalog);
  offerForPrint(element, 'A5');
  return () => withdrawFromPrint(element);
}
