/** A case-insensitive "contains" pattern for `LOWER(column) LIKE :pattern ESCAPE '\'`, with the user's % and _ matching themselves. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
