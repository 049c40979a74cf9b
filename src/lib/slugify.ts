/** ASCII, lower-case, hyphenated: file names that survive every OS and e-mail client. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  // Cut at the last whole word that fits (« …-paludiers-du », not « …-paludiers-du-s »).
  const cut = slug.slice(0, max + 1).lastIndexOf('-');
  return (cut > 0 ? slug.slice(0, cut) : slug.slice(0, max)).replace(/-+$/g, '');
}
