// The compiled lexicon as the content script carries it: one string, 27% smaller at gzip than
// the same data as JSON (issue 4: the content script must stay under 100 KB gzip).
// `npm run lexicon` packs it (scripts/compile-lexicon.ts, which unpacks it again and compares,
// so a field this file does not know stops the build) twice: whole, for the engine of the CLI
// and the service worker (without-descriptions.ts), and without the forms for a page's detector
// (page-detector.ts). The engine unpacks it on first use.
//
//   entries ──fields in a fixed order──▶ tokens "a|b<c<d|…" ──Cyrillic as ASCII──▶ packed text
//
// Gzip sizes on the lexicon of the time (648 entries; JSON 88.8 KB):
// - Cyrillic letters as ASCII in runs after a `~`: one byte each in UTF-8, not two: −9.4 KB.
// - no keys, quotes or brackets: fields in a fixed order per kind, a list is one token: −14 KB.
// - what another field already says is a reference: an id that is the slug of the entry's
//   name; a forms key that is one of the patterns; a forms value that is the base name plus the
//   key's ending, or the key with a few words changed; a label or outlet name that is a pattern;
//   a neutral pattern that is a canonical name plus `*`; a file's head written once; a list item
//   that starts like the one before: −1.5 KB together.
import { canonicalName, type DataEntry, type LexiconData, type Party } from './lexicon';
import { finish } from './steps';

// ── text layer: Cyrillic in ASCII ───────────────────────────────────────────────────────────
// `~` switches between Latin and Cyrillic runs. In a Cyrillic run the 26 most frequent letters
// are written as a-z (capitals A-Z), the rarer ones as the symbols below (capitals `^` + the
// symbol); everything else (spaces, digits, `*`, `'`, `-`, other scripts) stands for itself.
const CYRILLIC = 'абвгдежзийклмнопрстухцьяічшыюїфєщэёъґ';
const CODES = 'abvgdejziyklmnoprstuhcxqwf!#%&;=?@_[]';
const SHIFT = 0x7e; // ~
const CARET = 0x5e; // ^

/** Per ASCII code, in a Cyrillic run: the letter it stands for (0: itself); after `^`, the capital. */
const LETTER = new Uint16Array(128);
const CAPITAL = new Uint16Array(128);
for (let k = 0; k < CYRILLIC.length; k++) {
  const lower = CYRILLIC.charCodeAt(k);
  const upper = CYRILLIC[k]!.toUpperCase().charCodeAt(0);
  const code = CODES.charCodeAt(k);
  LETTER[code] = lower;
  if (code >= 0x61) LETTER[code - 0x20] = upper;
  else CAPITAL[code] = upper;
}

export function encodeText(text: string): string {
  const codes = new Map<string, string>();
  for (let k = 0; k < CYRILLIC.length; k++) {
    const code = CODES[k]!;
    codes.set(CYRILLIC[k]!, code);
    codes.set(CYRILLIC[k]!.toUpperCase(), code >= 'a' ? code.toUpperCase() : `^${code}`);
  }
  let out = '';
  let cyrillic = false;
  for (const ch of text) {
    const code = codes.get(ch);
    const c = ch.charCodeAt(0);
    if (code !== undefined ? !cyrillic : cyrillic && c < 128 && (LETTER[c] || c === CARET)) {
      // A Cyrillic letter starts a Cyrillic run; a character such a run reads as a letter ends it.
      out += '~';
      cyrillic = !cyrillic;
    }
    out += code ?? ch;
  }
  return out;
}

/** Text decoded per step: ~15 ms cold for the whole lexicon on a busy page, so in pieces. */
const DECODE_STEP = 40_000;

/** A char loop into UTF-16 code units, yielding between pieces of the text. */
export function* decodeSteps(text: string): Generator<void, string> {
  const out = new Uint16Array(text.length);
  let n = 0;
  let cyrillic = false;
  for (let i = 0; i < text.length; ) {
    for (const end = Math.min(text.length, i + DECODE_STEP); i < end; i++) {
      let c = text.charCodeAt(i);
      if (c === SHIFT) {
        cyrillic = !cyrillic;
        continue;
      }
      if (cyrillic && c < 128) c = c === CARET ? CAPITAL[text.charCodeAt(++i)]! : LETTER[c] || c;
      out[n++] = c;
    }
    if (i < text.length) yield;
  }
  return new TextDecoder('utf-16le').decode(out.subarray(0, n));
}

export function decodeText(text: string): string {
  return finish(decodeSteps(text));
}


// ── token layer ─────────────────────────────────────────────────────────────────────────────
// Tokens are joined by `|`. Per entry, in order:
//   head      "kind,pack,language,category", or empty: the same as the entry before
//   id        empty when it is slug(name) (outlet), slug(canonical.en) (place), slug(patterns[0])
//   context   empty: none; else its flags (N near, X notNear, B notBefore, A notAfter; P/p
//             near.places, R/r near.after, M/m matchCase, C/c capitalized, L/l lowerCase,
//             U/u unlessNamed, O/o outletAfter: true/false; "-" for none), then near.within, near.words,
//             notNear.within, notNear.words, notBefore, notAfter, each when present; Y partyBy:
//             then its party, within and words (and Z: its forms); D officialUntil: then its year; G
//             unlessOrganization: then its words; V governs: then its forms
//   severity  empty: none
//   term      patterns, party (empty: null), neutral, forms
//   cue       role ("role/N": with reach N), how (empty: none; "how!": an addressee's), patterns
//   outlet    name (=N: patterns[N]), patterns, domains
//   place     canonical en, ru, uk (empty: none), canonicalPatterns (=e, =r, =u: that canonical
//             name followed by the rest: "=u*" is "Київ*"), the number of name groups, and per
//             group: party, lang, label (=N: patterns[N] without its `*`), patterns, forms
// A list is one token, its items joined by `<` (the empty token: the empty list); an item
// "N>rest" is the item before's first N characters followed by rest. Forms are such a list,
// "key<value<key<value…", or the empty token for none, or `<` alone for {}: a key =N is
// patterns[N]; a value =N is the base name (the neutral without its `*`, or the canonical name
// in the group's language) followed by the key's last N characters, and a value =P,S,mid is the
// key's first P characters, mid, and the key's last S characters (=-K,mid: mid and the key
// from its character K on, the same token for keys of any length). A string that begins with
// `=` is written with another `=` before it, and the empty string as `=`.

/** What no lexicon string may contain: the token, item and prefix separators, and the shift. */
const RESERVED = /[|<>~]/;

type Entry = Record<string, unknown>;
type Context = NonNullable<DataEntry['entry']['context']>;
type Forms = Record<string, string>;
type Canonical = { en: string; ru?: string; uk?: string };

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function idGuess(kind: DataEntry['kind'], entry: Entry): string {
  const name = kind === 'outlet' ? entry.name : kind === 'place' ? (entry.canonical as Canonical).en : (entry.patterns as string[])[0];
  return slug(String(name));
}

const termBase = (neutral: string): string => neutral.replace('*', '');


const CANONICAL_KEY: Record<string, 'en' | 'ru' | 'uk'> = { e: 'en', r: 'ru', u: 'uk' };

// ── packing (build time) ────────────────────────────────────────────────────────────────────

/** A string as it is written where a reference `=…` could stand. */
function literal(s: string): string {
  return s === '' ? '=' : s.startsWith('=') ? `=${s}` : s;
}

/** The list token: items joined, each written as its difference from the one before. */
function listToken(items: readonly string[]): string {
  return items
    .map((item, k) => {
      const before = items[k - 1] ?? '';
      let n = 0;
      while (n < item.length && item[n] === before[n]) n++;
      // Four characters shared, or the prefix costs more than it saves.
      return n >= 4 ? `${n}>${item.slice(n)}` : item;
    })
    .join('<');
}

function formValue(key: string, value: string, base: string): string {
  const n = value.length - base.length;
  if (n >= 0 && n <= key.length && base + key.slice(key.length - n) === value) return `=${n}`;
  let pre = 0;
  while (pre < key.length && key[pre] === value[pre]) pre++;
  let post = 0;
  while (post < key.length - pre && post < value.length - pre && key.at(-1 - post) === value.at(-1 - post)) post++;
  // Only for a long shared part ("a senior US official said" → "an unnamed senior US official
  // said"); a short one gzip finds as well. With nothing shared at the start the key's end is
  // counted from its start ("=-0,unnamed " before "experts said"), so entries whose keys differ
  // in length still write the same token, which gzip finds.
  if (pre + post < 12) return literal(value);
  return pre === 0 ? `=-${key.length - post},${value.slice(0, value.length - post)}` : `=${pre},${post},${value.slice(pre, value.length - post)}`;
}

function formsToken(forms: Forms | undefined, patterns: readonly string[], base: string): string {
  if (!forms) return '';
  const items: string[] = [];
  for (const [key, value] of Object.entries(forms)) {
    const k = patterns.indexOf(key);
    items.push(k >= 0 ? `=${k}` : literal(key), formValue(key, value, base));
  }
  return items.length ? listToken(items) : '<';
}

function contextTokens(c: Context | undefined): string[] {
  if (!c) return [''];
  const flag = (value: boolean | undefined, letter: string): string =>
    value === undefined ? '' : value ? letter.toUpperCase() : letter;
  const flags =
    (c.near ? 'N' : '') + (c.notNear ? 'X' : '') + (c.notBefore ? 'B' : '') + (c.notAfter ? 'A' : '') + (c.partyBy ? 'Y' : '') + (c.partyBy?.forms ? 'Z' : '') + (c.officialUntil !== undefined ? 'D' : '') + (c.unlessOrganization ? 'G' : '') + (c.governs ? 'V' : '') +
    flag(c.near?.places, 'p') + flag(c.near?.after, 'r') + flag(c.matchCase, 'm') + flag(c.capitalized, 'c') + flag(c.lowerCase, 'l') + flag(c.unlessNamed, 'u') + flag(c.outletAfter, 'o');
  const tokens = [flags || '-'];
  if (c.near) tokens.push(String(c.near.within), listToken(c.near.words));
  if (c.notNear) tokens.push(String(c.notNear.within), listToken(c.notNear.words));
  if (c.notBefore) tokens.push(listToken(c.notBefore));
  if (c.notAfter) tokens.push(listToken(c.notAfter));
  if (c.partyBy) tokens.push(literal(c.partyBy.party), String(c.partyBy.within), listToken(c.partyBy.words));
  if (c.partyBy?.forms) tokens.push(formsToken(c.partyBy.forms, [], ''));
  if (c.officialUntil !== undefined) tokens.push(String(c.officialUntil));
  if (c.unlessOrganization) tokens.push(listToken(c.unlessOrganization));
  if (c.governs) tokens.push(formsToken(c.governs, [], ''));
  return tokens;
}

function checkReserved(id: string, value: unknown): void {
  if (typeof value === 'string' && RESERVED.test(value)) {
    throw new Error(`lexicon entry ${id}: "${value}": the packed lexicon reserves the characters | < > ~`);
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      checkReserved(id, k);
      checkReserved(id, v);
    }
  }
}

export function packLexicon(data: LexiconData): string {
  const tokens: string[] = [];
  let head = '';
  for (const item of data.entries) {
    checkReserved(item.entry.id, item);
    const h = [item.kind, item.pack, item.language ?? '', item.kind === 'term' ? item.category : ''].join(',');
    tokens.push(h === head ? '' : h);
    head = h;
    const entry = item.entry;
    tokens.push(entry.id === idGuess(item.kind, entry) ? '' : entry.id, ...contextTokens(entry.context), entry.severity ?? '');
    switch (item.kind) {
      case 'term': {
        const { patterns, party, neutral, forms } = item.entry;
        tokens.push(listToken(patterns), party === null ? '' : literal(party), literal(neutral), formsToken(forms, patterns, termBase(neutral)));
        break;
      }
      case 'cue':
        tokens.push(item.entry.reach === undefined ? item.entry.role : `${item.entry.role}/${item.entry.reach}`, `${item.entry.how ?? ''}${item.entry.addressee ? '!' : ''}`, listToken(item.entry.patterns));
        break;
      case 'outlet': {
        const { name, patterns, domains } = item.entry;
        const k = patterns.indexOf(name);
        tokens.push(k >= 0 ? `=${k}` : literal(name), listToken(patterns), listToken(domains));
        break;
      }
      case 'place': {
        const c: Canonical = item.entry.canonical;
        const neutral = item.entry.canonicalPatterns.map((p) => {
          for (const key of ['e', 'r', 'u']) {
            const name = c[CANONICAL_KEY[key]!];
            if (name !== undefined && p.startsWith(name)) return `=${key}${p.slice(name.length)}`;
          }
          return literal(p);
        });
        tokens.push(literal(c.en), c.ru === undefined ? '' : literal(c.ru), c.uk === undefined ? '' : literal(c.uk), listToken(neutral));
        tokens.push(String(item.entry.names.length));
        for (const { party, lang, label, patterns, forms } of item.entry.names) {
          const k = patterns.findIndex((p) => p.replace(/\*$/, '') === label);
          tokens.push(literal(party), lang, k >= 0 ? `=${k}` : literal(label), listToken(patterns), formsToken(forms, patterns, canonicalName(c, lang)));
        }
        break;
      }
    }
  }
  return encodeText(tokens.join('|'));
}

// ── unpacking (the content script, the CLI, the tests) ─────────────────────────────────────

/** Entries unpacked between two chances to stop (see unpackSteps). */
const ENTRIES_PER_STEP = 60;

/** A literal, or (with `ref`) what a reference `=…` points to. */
function value(t: string, ref?: (r: string) => string): string {
  if (t[0] !== '=') return t;
  if (t === '=') return '';
  return t[1] === '=' || !ref ? t.slice(1) : ref(t.slice(1));
}

function listOf(token: string): string[] {
  if (token === '') return [];
  const items = token.split('<');
  for (let k = 1; k < items.length; k++) {
    const item = items[k]!;
    const j = item.indexOf('>');
    if (j > 0) items[k] = items[k - 1]!.slice(0, +item.slice(0, j)) + item.slice(j + 1);
  }
  return items;
}

function formsOf(token: string, patterns: readonly string[], base: string): Forms | undefined {
  if (token === '') return undefined;
  const out: Forms = {};
  const items = token === '<' ? [] : listOf(token);
  for (let k = 0; k < items.length; k += 2) {
    const t = items[k]!;
    const key = t[0] === '=' && t[1] !== '=' && t !== '=' ? patterns[+t.slice(1)]! : value(t);
    const v = items[k + 1]!;
    let form: string;
    if (v[0] !== '=' || v[1] === '=' || v === '=') form = value(v);
    else if (v[1] === '-') {
      const comma = v.indexOf(',');
      form = v.slice(comma + 1) + key.slice(+v.slice(2, comma));
    } else {
      const [pre, post, ...mid] = v.slice(1).split(',');
      form = mid.length ? key.slice(0, +pre!) + mid.join(',') + key.slice(key.length - +post!) : base + key.slice(key.length - +pre!);
    }
    out[key] = form;
  }
  return out;
}

/**
 * The lexicon data the packed text holds, with the parties (kept apart: the popup and the card
 * read them), in steps: the content script unpacks on the page's main thread, in idle slices.
 */
export function* unpackSteps(packed: string, parties: Party[]): Generator<void, LexiconData> {
  const tokens = (yield* decodeSteps(packed)).split('|');
  let at = 0;
  const next = (): string => tokens[at++]!;
  const list = (): string[] => listOf(next());

  const entries: DataEntry[] = [];
  let head: string[] = [];
  while (at < tokens.length) {
    const h = next();
    if (h !== '') head = h.split(',');
    const [kind, pack, language, category] = head as [DataEntry['kind'], string, string, string];
    const id = next();
    const entry: Entry = { id };
    const context = unpackContext(next, list);
    if (context) entry.context = context;
    const severity = next();
    if (severity) entry.severity = severity;
    if (kind === 'term') {
      const patterns = list();
      const party = next();
      const neutral = value(next());
      entry.patterns = patterns;
      entry.party = party === '' ? null : value(party);
      entry.neutral = neutral;
      const forms = formsOf(next(), patterns, termBase(neutral));
      if (forms) entry.forms = forms;
    } else if (kind === 'cue') {
      const [role, reach] = next().split('/');
      entry.role = role;
      if (reach !== undefined) entry.reach = +reach;
      const how = next();
      // "told!": an addressee's cue.
      if (how.endsWith('!')) entry.addressee = true;
      if (how.replace(/!$/, '')) entry.how = how.replace(/!$/, '');
      entry.patterns = list();
    } else if (kind === 'outlet') {
      const name = next();
      const patterns = list();
      entry.name = value(name, (r) => patterns[+r]!);
      entry.patterns = patterns;
      entry.domains = list();
    } else {
      const canonical: Canonical = { en: value(next()) };
      const ru = next();
      const uk = next();
      if (ru) canonical.ru = value(ru);
      if (uk) canonical.uk = value(uk);
      entry.canonical = canonical;
      entry.canonicalPatterns = list().map((t) => value(t, (r) => canonical[CANONICAL_KEY[r[0]!]!]! + r.slice(1)));
      const names: Entry[] = [];
      for (let n = +next(); n > 0; n--) {
        const party = value(next());
        const lang = next();
        const label = next();
        const patterns = list();
        const group: Entry = { party, lang, label: value(label, (r) => patterns[+r]!.replace(/\*$/, '')), patterns };
        const forms = formsOf(next(), patterns, canonicalName(canonical, lang));
        if (forms) group.forms = forms;
        names.push(group);
      }
      entry.names = names;
    }
    if (!id) entry.id = idGuess(kind, entry);
    const item: Entry = { kind, pack };
    if (language) item.language = language;
    if (category) item.category = category;
    item.entry = entry;
    if (entries.push(item as unknown as DataEntry) % ENTRIES_PER_STEP === 0) yield;
  }
  return { version: 1, parties, entries };
}

export function unpackLexicon(packed: string, parties: Party[]): LexiconData {
  return finish(unpackSteps(packed, parties));
}

/** Unpacks `packed` once, in steps: each call's steps go on where the last call's stopped. */
export function unpackedOnce(packed: string, parties: Party[]): () => Generator<void, LexiconData> {
  let unpacked: LexiconData | undefined;
  let unpacking: Generator<void, LexiconData> | undefined;
  return function* () {
    if (unpacked) return unpacked;
    unpacking ??= unpackSteps(packed, parties);
    for (;;) {
      const next = unpacking.next();
      if (next.done) return (unpacked = next.value);
      yield;
    }
  };
}

function unpackContext(next: () => string, list: () => string[]): Context | undefined {
  const flags = next();
  if (flags === '') return undefined;
  const c: Record<string, unknown> = {};
  const flag = (letter: string): boolean | undefined =>
    flags.includes(letter.toUpperCase()) ? true : flags.includes(letter) ? false : undefined;
  if (flags.includes('N')) {
    const within = +next();
    const after = flag('r');
    c.near = { words: list(), places: flag('p'), within, ...(after !== undefined && { after }) };
  }
  if (flags.includes('X')) {
    const within = +next();
    c.notNear = { words: list(), within };
  }
  if (flags.includes('B')) c.notBefore = list();
  if (flags.includes('A')) c.notAfter = list();
  if (flags.includes('Y')) c.partyBy = { party: value(next()), within: +next(), words: list() };
  if (flags.includes('Z')) (c.partyBy as Record<string, unknown>).forms = formsOf(next(), [], '');
  if (flags.includes('D')) c.officialUntil = +next();
  if (flags.includes('G')) c.unlessOrganization = list();
  if (flags.includes('V')) c.governs = formsOf(next(), [], '');
  for (const [key, letter] of [['matchCase', 'm'], ['capitalized', 'c'], ['lowerCase', 'l'], ['unlessNamed', 'u'], ['outletAfter', 'o']] as const) {
    const v = flag(letter);
    if (v !== undefined) c[key] = v;
  }
  return c as Context;
}
