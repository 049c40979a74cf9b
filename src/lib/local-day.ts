/**
 * The calendar day where the user is, as YYYY-MM-DD: the date a signatory writes under
 * their signature. (toISOString gives the UTC day: after 17:00 UTC it was already
 * tomorrow for a signatory in Hồ Chí Minh-Ville, and still yesterday in the evening in
 * the Americas.)
 */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
