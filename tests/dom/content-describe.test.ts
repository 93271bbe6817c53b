// Hover cards get their explanations from the service worker, once per entry.
import { describe, expect, it, vi } from 'vitest';
import { createDescriber } from '../../src/content/describe';
import type { Finding } from '../../src/shared/report';

const finding = (entryId: string): Finding => ({
  id: `${entryId}@0`, category: 'place-name', text: 'x', start: 0, end: 1, entryId, party: null, neutral: null,
  canonical: null, explanation: '', reference: '', quoted: false, mixedScript: false, severity: 'medium',
});

describe('content describer', () => {
  it('asks once per entry and fills every finding of it, now and later', async () => {
    const ask = vi.fn(async (ids: string[]) => ({ entries: Object.fromEntries(ids.map((id) => [id, { explanation: `why ${id}`, reference: `ref ${id}` }])) }));
    const d = createDescriber(ask);
    const a = finding('pokrovsk');
    const b = finding('pokrovsk');
    d.fill([a, b, finding('kyiv')]);
    d.fill([finding('kyiv')]);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith(['pokrovsk', 'kyiv']);
    await vi.waitFor(() => expect(a.explanation).toBe('why pokrovsk'));
    expect(b.reference).toBe('ref pokrovsk');
    const later = finding('pokrovsk');
    d.fill([later]);
    expect(later.explanation).toBe('why pokrovsk');
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('a failed request leaves findings as they were and is asked again next time', async () => {
    const ask = vi.fn().mockRejectedValueOnce(new Error('no background')).mockResolvedValue({ entries: { kyiv: { explanation: 'e', reference: 'r' } } });
    const d = createDescriber(ask);
    const f = finding('kyiv');
    d.fill([f]);
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    expect(f.explanation).toBe('');
    d.fill([f]);
    await vi.waitFor(() => expect(f.explanation).toBe('e'));
  });
});
