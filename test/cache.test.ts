import { describe, expect, it } from 'vitest';
import { createExtractor, extract, ResultCache, cacheKey, WartaError } from '../src/index.js';

const TEXT = 'Jakarta - Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Bogor, Senin (8/1/2024).';

describe('cacheKey', () => {
  it('treats missing options like their defaults', () => {
    expect(cacheKey('a')).toBe(cacheKey('a', { lang: 'auto', tokens: true, layout: true, relations: 'sentence' }));
    expect(cacheKey('a', { date: '2022-01-03' })).toBe(cacheKey('a', { date: new Date('2022-01-03T00:00:00Z') }));
  });
  it('changes with the text and with every option that changes the result', () => {
    const k = cacheKey('a');
    for (const other of [cacheKey('b'), cacheKey('a', { lang: 'id' }), cacheKey('a', { date: '2022-01-03' }), cacheKey('a', { tokens: false }), cacheKey('a', { layout: false }), cacheKey('a', { relations: 'document' })]) {
      expect(other).not.toBe(k);
    }
  });
  it('tells apart texts that differ only in lone surrogates (no UTF-8 replacement collapse)', () => {
    expect(cacheKey('x\uD800')).not.toBe(cacheKey('x\uDC00'));
    expect(cacheKey('x\uD800')).not.toBe(cacheKey('x\uFFFD'));
  });
});

describe('ResultCache', () => {
  it('is bounded by entries (least recently used goes first) and counts hits and misses', () => {
    const c = new ResultCache({ maxEntries: 2 });
    c.set('a', '1');
    c.set('b', '2');
    expect(c.get('a')).toBe('1'); // a is now the most recent
    c.set('c', '3');
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe('1');
    expect(c.get('c')).toBe('3');
    expect(c.stats()).toMatchObject({ hits: 3, misses: 1, entries: 2 });
  });
  it('is bounded by bytes of JSON, and skips a result larger than the bound', () => {
    const c = new ResultCache({ maxEntries: 100, maxBytes: 100 });
    for (let i = 0; i < 10; i++) c.set(String(i), 'x'.repeat(30));
    expect(c.stats().bytes).toBeLessThanOrEqual(100);
    expect(c.stats().entries).toBe(3);
    c.set('big', 'y'.repeat(101));
    expect(c.get('big')).toBeUndefined();
    expect(c.get('9')).toBe('x'.repeat(30));
  });
  it('0 turns it off; bad bounds and unknown options are INVALID_OPTION', () => {
    const off = new ResultCache({ maxEntries: 0 });
    off.set('a', '1');
    expect(off.get('a')).toBeUndefined();
    expect(off.enabled).toBe(false);
    expect(off.stats()).toMatchObject({ hits: 0, misses: 0, entries: 0 });
    for (const bad of [{ maxEntries: -1 }, { maxBytes: 1.5 }, { maxEntries: '10' }, { size: 3 }]) {
      expect(() => new ResultCache(bad as never)).toThrow(WartaError);
    }
  });
});

describe('createExtractor({ cache })', () => {
  it('serves a repeated document from the cache, equal to a fresh extraction', () => {
    const ex = createExtractor({ cache: { maxEntries: 10, maxBytes: 1e6 } });
    const a = ex.extract(TEXT);
    const b = ex.extract(TEXT);
    expect(ex.cache!.stats()).toMatchObject({ hits: 1, misses: 1, entries: 1 });
    expect(b).toEqual(a);
    expect(b).toEqual(extract(TEXT));
    ex.extract(TEXT, { tokens: false });
    expect(ex.cache!.stats()).toMatchObject({ hits: 1, misses: 2, entries: 2 });
    ex.extract(TEXT, { tokens: true, lang: 'auto' });
    expect(ex.cache!.hits).toBe(2);
  });
  it('hits are fresh objects: mutating one result never changes the next', () => {
    const ex = createExtractor({ cache: {} });
    const first = ex.extract(TEXT);
    first.entities.length = 0;
    (first as { language: string }).language = 'xx';
    const hit = ex.extract(TEXT);
    expect(hit.language).toBe('id');
    expect(hit.entities.length).toBeGreaterThan(0);
    hit.sentences[0]!.text = 'changed';
    expect(ex.extract(TEXT).sentences[0]!.text).not.toBe('changed');
    expect(ex.cache!.hits).toBe(2);
  });
  it('still validates input and options, and has no cache unless asked', () => {
    const ex = createExtractor({ cache: { maxEntries: 5 } });
    expect(() => ex.extract(5 as unknown as string)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => ex.extract('a', { lang: 'fr' as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => ex.extract('a', { bogus: 1 } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => createExtractor({ cache: { maxItems: 5 } as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(createExtractor().cache).toBeUndefined();
    const off = createExtractor({ cache: { maxEntries: 0 } });
    expect(off.extract(TEXT)).toEqual(off.extract(TEXT));
    expect(off.cache!.stats()).toMatchObject({ hits: 0, misses: 0 });
  });
});
