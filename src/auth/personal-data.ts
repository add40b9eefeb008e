/** Two-character family names; any other name's family name is its first character. */
const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯', '轩辕', '端木', '独孤', '南宫']);

/**
 * Masks a person's name for a reader without the pii right: the family name is kept, the rest
 * replaced (王秀兰 → 王**, 欧阳明 → 欧阳*, "Person 12" → "Person ***"), so lists stay readable without
 * identifying anyone.
 */
export function maskName(name: string): string {
  const trimmed = name.trim();
  if (/\s/.test(trimmed)) return `${trimmed.split(/\s+/)[0]} ***`;
  const characters = [...trimmed];
  const familyLength = COMPOUND_SURNAMES.has(characters.slice(0, 2).join('')) ? 2 : 1;
  if (characters.length <= familyLength) return trimmed;
  return characters.slice(0, familyLength).join('') + '*'.repeat(characters.length - familyLength);
}
