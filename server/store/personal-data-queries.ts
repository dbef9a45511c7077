// SQL for the citizen's name and phone on dossier lines (Form 01): cleared once the center's retention has passed.
import type { Store } from './database.js';

/**
 * Clears the name and phone of the center's lines received before `cutoff` (a local date), through
 * the partial index of lines that still hold either. Returns how many lines lost them.
 */
export function clearPersonalDataBefore(store: Store, centerId: string, cutoff: string): number {
  return store.run(
    `UPDATE ticket_procedures SET citizen_name = NULL, citizen_phone = NULL
     WHERE (citizen_name IS NOT NULL OR citizen_phone IS NOT NULL)
       AND ticket_id IN (SELECT id FROM tickets WHERE center_id = ? AND local_date < ?)`,
    centerId,
    cutoff,
  ).changes;
}
