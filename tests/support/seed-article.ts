// The real article the project started from (../shared/fixtures/seed-article.txt, beside the
// checkout), read in one place for every test that uses it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED_ARTICLE = readFileSync(join(import.meta.dirname, '../../../shared/fixtures/seed-article.txt'), 'utf8');
