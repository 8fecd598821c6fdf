/**
 * The id of a programme or area: its name in lower case, with every run of other characters
 * (spaces, `/`, the en dash of `2023–25`, commas) turned into one hyphen.
 * `PEEL 2023–25` → `peel-2023-25`; `Police powers and public treatment` → `police-powers-and-public-treatment`.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The years in a programme's name: `PEEL 2018/19` → 2018–2019, `PEEL 2015` → 2015–2015. Null if it names no year. */
export function programmeYears(name: string): { startYear: number; endYear: number } | null {
  const match = /(\d{4})(?:\s*[/–-]\s*(\d{2}|\d{4}))?/.exec(name);
  if (!match) return null;
  const startYear = Number(match[1]);
  const end = match[2];
  if (end === undefined) return { startYear, endYear: startYear };
  const endYear = end.length === 4 ? Number(end) : Math.floor(startYear / 100) * 100 + Number(end);
  return endYear >= startYear ? { startYear, endYear } : null;
}
