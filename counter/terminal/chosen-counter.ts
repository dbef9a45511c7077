// The counter this device sits at, remembered so a reload (or tomorrow morning) goes straight back to it.

const key = (centerId: string) => `motcua.counter.${centerId}`;

export function rememberedCounter(centerId: string): number | null {
  try {
    const id = Number(localStorage.getItem(key(centerId)));
    return Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}

export function rememberCounter(centerId: string, counterId: number | null): void {
  try {
    if (counterId === null) localStorage.removeItem(key(centerId));
    else localStorage.setItem(key(centerId), String(counterId));
  } catch {
    // Private mode: staff pick the counter again after a reload.
  }
}
