// The screens' custom DOM events: one way to fire them, typed by the global event map.
//
// Each element that fires an event declares it beside its tag, in the same `declare global`:
//
//   declare global {
//     interface HTMLElementTagNameMap { 'mc-kiosk-fields': McKioskFields }
//     interface HTMLElementEventMap { 'mc-field-chosen': CustomEvent<Field> }
//   }
//
// and says so in its JSDoc (`@fires mc-field-chosen - …`). Then `fire(this, 'mc-field-chosen', field)`
// checks the detail, `el.addEventListener('mc-field-chosen', (e) => e.detail)` gets a Field, and a
// template listener is typed with `(e: McEvent<'mc-field-chosen'>) => …`. Names start with `mc-`, so
// they never meet a native event (`submit`, `select`).

/** Every project event in the global map. */
export type McEventName = Extract<keyof HTMLElementEventMap, `mc-${string}`>;

/** What a listener of `name` receives. */
export type McEvent<K extends McEventName> = HTMLElementEventMap[K];

/** The detail an event of `name` carries (null: none). */
export type McEventDetail<K extends McEventName> = McEvent<K> extends CustomEvent<infer D> ? D : never;

/**
 * Fires `name` from `host` with `detail` (left out when the event carries none). Every project event
 * bubbles and crosses shadow roots, so a screen hears what a part deep inside it says; a listener
 * set on the part itself hears it first.
 */
export function fire<K extends McEventName>(
  host: EventTarget,
  name: K,
  ...detail: [McEventDetail<K>] extends [null] ? [] : [McEventDetail<K>]
): void {
  host.dispatchEvent(new CustomEvent(name, { detail: detail.length ? detail[0] : null, bubbles: true, composed: true }));
}
