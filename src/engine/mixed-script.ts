// Words that mix Latin and Cyrillic letters ("Покровsk") are a known way to slip a name past
// filters. Such a word is read the ways its writer may have meant it, and each reading is
// matched as a whole word: transliterated to Latin (Russian and Ukrainian conventions), and
// with look-alike letters swapped into the other script.

const CYR_TO_LAT_RU: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', є: 'ye', ґ: 'g',
};
// Ukrainian romanisation differs from Russian in a few letters (г→h, и→y).
const CYR_TO_LAT_UK: Record<string, string> = { ...CYR_TO_LAT_RU, г: 'h', и: 'y', ь: '' };

// Letters that look alike in both scripts (after lower-casing).
const LAT_LOOKALIKE_TO_CYR: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};
const CYR_LOOKALIKE_TO_LAT: Record<string, string> = {
  а: 'a', в: 'b', с: 'c', е: 'e', н: 'h', і: 'i', к: 'k', м: 'm', о: 'o', р: 'p', т: 't', х: 'x', у: 'y',
};

/**
 * A table as an array indexed by code unit (a hole keeps the letter): looking one-letter
 * strings up in an object with Cyrillic keys cost ~10 µs a word, warm.
 */
type LetterMap = (string | undefined)[];

function letterMap(table: Record<string, string>): LetterMap {
  // Filled to its length first: assigned at Cyrillic indices alone, the array would be sparse
  // (a dictionary, slower to read).
  const map: LetterMap = new Array<string | undefined>(0x500).fill(undefined);
  for (const [from, to] of Object.entries(table)) map[from.charCodeAt(0)] = to;
  return map;
}

const [RU_LATIN, UK_LATIN, LOOKALIKE_CYRILLIC, LOOKALIKE_LATIN] = [CYR_TO_LAT_RU, CYR_TO_LAT_UK, LAT_LOOKALIKE_TO_CYR, CYR_LOOKALIKE_TO_LAT].map(letterMap);
const LATIN_FIRST = [RU_LATIN!, UK_LATIN!, LOOKALIKE_CYRILLIC!, LOOKALIKE_LATIN!];
const CYRILLIC_FIRST = [LOOKALIKE_CYRILLIC!, RU_LATIN!, UK_LATIN!, LOOKALIKE_LATIN!];

function mapLetters(word: string, map: LetterMap): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    out += (c < map.length ? map[c] : undefined) ?? word[i]!;
  }
  return out;
}

export interface Reading {
  text: string;
  /** The script a look-alike reading put every letter in; null for a transliteration. */
  script: 'cyrillic' | 'latin' | null;
}

/**
 * Readings of a folded mixed-script word, most likely first, without duplicates: a word mostly
 * in Cyrillic ("Пoкровск", one Latin o) is first read with its Latin look-alikes made Cyrillic,
 * so a Russian text gets its Russian name; a word mostly in Latin, or one whose odd letters have
 * no look-alike ("Покровsk"), is read in Latin first.
 */
export function mixedScriptReadings(folded: string): Reading[] {
  let cyrillic = 0;
  for (let i = 0; i < folded.length; i++) if (folded.charCodeAt(i) >= 0x400) cyrillic++;
  const order = cyrillic * 2 > folded.length ? CYRILLIC_FIRST : LATIN_FIRST;
  const seen = new Set<string>([folded]);
  const readings: Reading[] = [];
  for (const map of order) {
    const text = mapLetters(folded, map);
    if (seen.has(text)) continue;
    seen.add(text);
    readings.push({ text, script: map === LOOKALIKE_CYRILLIC ? 'cyrillic' : map === LOOKALIKE_LATIN ? 'latin' : null });
  }
  return readings;
}

/**
 * The word as written, its look-alike letters put in one script, capitals kept ("Kостянтинівки"
 * → "Костянтинівки"): the writer's own name, case and ending, in one script.
 */
export function inOneScript(word: string, script: 'cyrillic' | 'latin'): string {
  const map = script === 'cyrillic' ? LOOKALIKE_CYRILLIC! : LOOKALIKE_LATIN!;
  let out = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const c = lower.charCodeAt(0);
    const swapped = lower.length === 1 && c < map.length ? map[c] : undefined;
    out += swapped === undefined ? ch : ch === lower ? swapped : swapped.toUpperCase();
  }
  return out;
}
