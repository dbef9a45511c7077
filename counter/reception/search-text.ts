// Search that forgives missing Vietnamese accents: "dang ky khai sinh" finds "Đăng ký khai sinh".

export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** True when every word of the query appears somewhere in the haystack. */
export function matchesQuery(haystack: string, query: string): boolean {
  const folded = foldText(haystack);
  return foldText(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => folded.includes(word));
}
