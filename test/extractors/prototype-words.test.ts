// Words that name Object.prototype members ("constructor", "valueOf", "__proto__") are ordinary
// words in news text: a word table read as a plain object must not find them there.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../extractors/index';

const WORDS = Object.getOwnPropertyNames(Object.prototype);

describe('words named like Object.prototype members', () => {
  it.each(WORDS)('"%s" reads as a word, not as a figure or a company', (word) => {
    const text = `Acme hired a ${word} for its $5 billion campus. The ${word} said ${word} ${word}s would take ${word} years, several ${word}s or a few ${word}, and ${word} MW.`;
    const out = extractText(text, { published: '2026-01-10' });
    const mentions = out.mentions.map((m) => `${m.kind}:${m.text}`);
    expect(mentions.filter((m) => m.includes(word))).toEqual([]);
    expect(mentions).toContain('money:$5 billion');
  });
});
