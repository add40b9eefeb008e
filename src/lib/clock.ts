/** ISO timestamp for created_at/updated_at. */
export function nowTimestamp(): string {
  return new Date().toISOString();
}
