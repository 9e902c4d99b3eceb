import { describe, expect, it } from 'vitest';
import { headerSafe } from './header-safe';

describe('headerSafe', () => {
  it('turns line breaks into one space so no header can be added', () => {
    expect(headerSafe('Eve\r\nBcc: victim@example.com')).toBe('Eve Bcc: victim@example.com');
    expect(headerSafe('a\nb\rc\u2028d\u0085e')).toBe('a b c d e');
  });

  it('drops other control and bidi-override characters and trims', () => {
    expect(headerSafe(' \u0000Tom\u0007 \u202eBecker\u0009 ')).toBe('Tom Becker');
  });

  it('leaves ordinary text, accents and punctuation alone', () => {
    expect(headerSafe('Interview: Pick & Pack "Lead" — José Müller')).toBe('Interview: Pick & Pack "Lead" — José Müller');
  });
});
