/**
 * The form of a bulletin's id, one definition for the build and the page: <place>-<year>-<issue> (youxian-2023-01;
 * pipeline/bulletin-id.ts reads the place, year and issue from the cover). Browser-safe.
 */

/** The id of a place's issue: youxian, 2023, 1 → youxian-2023-01. */
export function bulletinIdOf(place: string, year: number, issue: number): string {
  return `${place}-${year}-${String(issue).padStart(2, '0')}`;
}

/** Whose bulletin an id names: the id without its year and issue (youxian of youxian-2023-01; copy of copy-2021). */
export function issuerOfBulletinId(id: string): string {
  return id.replace(/-\d{4}(?:-\d+)?$/u, '');
}
