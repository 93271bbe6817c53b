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

function mapLetters(word: string, table: Record<string, string>): string {
  let out = '';
  for (const ch of word) out += table[ch] ?? ch;
  return out;
}

/** Readings of a folded mixed-script word, most likely first, without duplicates. */
export function mixedScriptReadings(folded: string): string[] {
  const readings = [
    mapLetters(folded, CYR_TO_LAT_RU),
    mapLetters(folded, CYR_TO_LAT_UK),
    mapLetters(folded, LAT_LOOKALIKE_TO_CYR),
    mapLetters(folded, CYR_LOOKALIKE_TO_LAT),
  ];
  return [...new Set(readings)].filter((r) => r !== folded);
}
