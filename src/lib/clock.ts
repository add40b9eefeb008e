/** ISO timestamp for created_at/updated_at. */
export function nowTimestamp(): string {
  return new Date().toISOString();
}

/** Today's date, YYYY-MM-DD, in UTC: the default of every `activeAt`, start and end date. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
