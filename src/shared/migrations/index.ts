// Numbered settings migrations, applied in order by src/shared/settings.ts. Migration N moves
// stored settings from schemaVersion N-1 to N. Add a file `NNN-what-it-does.ts` and append it
// here; never edit or reorder a released one (stored settings already went through it).
import { migration001 } from './001-normalize-site-lists';

export interface Migration {
  name: string;
  up(record: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [migration001];
