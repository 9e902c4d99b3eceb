import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessResumeFit, mentionsSkill, uniqueSkills } from './resume-fit';

const job = (skills: string[]) => ({ title: 'Developer', description: 'A job', skills });
const fit = (skills: string[], resume: string) => assessResumeFit(job(skills), resume);

describe('assessResumeFit', () => {
  it('matches whole terms only: Java is not JavaScript', () => {
    expect(fit(['Java'], 'Five years of JavaScript and TypeScript.')).toEqual({
      score: 0,
      matched: [],
      missing: ['Java'],
    });
    expect(fit(['Java', 'JavaScript'], 'Java, JavaScript').matched).toEqual(['Java', 'JavaScript']);
    expect(fit(['Script'], 'JavaScript').matched).toEqual([]);
  });

  it('ignores case', () => {
    expect(fit(['SQL', 'excel'], 'sql and EXCEL').score).toBe(1);
  });

  it('matches C++ and C#, and keeps C apart from them', () => {
    expect(fit(['C++', 'C#'], 'I write C++ daily and some c# too.').matched).toEqual(['C++', 'C#']);
    expect(fit(['C'], 'C++ and C# only').missing).toEqual(['C']);
    expect(fit(['C'], 'Languages: C, Go').matched).toEqual(['C']);
    expect(fit(['C++'], 'C and C#').missing).toEqual(['C++']);
  });

  it('matches .NET and Node.js next to punctuation, including a sentence-ending period', () => {
    expect(fit(['.NET'], 'I know .NET.').matched).toEqual(['.NET']);
    expect(fit(['.NET'], 'Skills: C#/.NET, SQL').matched).toEqual(['.NET']);
    expect(fit(['Node.js'], 'Built APIs with Node.js, Express and Postgres').matched).toEqual(['Node.js']);
    expect(fit(['node.js'], '(NODE.JS)').matched).toEqual(['node.js']);
  });

  it('treats dotted names as one term', () => {
    // "ASP.NET" and "Node.js" are different terms from ".NET" and "Node".
    expect(fit(['.NET'], 'ASP.NET MVC').missing).toEqual(['.NET']);
    expect(fit(['Node'], 'Node.js').missing).toEqual(['Node']);
    expect(fit(['Node'], 'Node, Deno').matched).toEqual(['Node']);
  });

  it('matches multi-word skills across extra spaces, line breaks and hyphens', () => {
    expect(fit(['forklift certification'], 'Holds a Forklift\n  Certification (2024)').score).toBe(1);
    expect(fit(['forklift certification'], 'forklift-certification').score).toBe(1);
    expect(fit(['Full-stack development'], 'full stack development').score).toBe(1);
    expect(fit(['forklift certification'], 'forklift operator; first-aid certification').score).toBe(0);
  });

  it('escapes regular-expression characters in skills', () => {
    expect(fit(['C++ (STL)', 'a.b', '[x]'], 'C++ (STL) and a.b and [x]').score).toBe(1);
    expect(fit(['a.b'], 'axb').score).toBe(0);
  });

  it('scores matched / unique skills as an exact fraction, keeping the job order', () => {
    const result = fit(['Welding', 'Forklift', 'First Aid'], 'First aid certified, welding since 2010.');
    expect(result).toEqual({ score: 2 / 3, matched: ['Welding', 'First Aid'], missing: ['Forklift'] });
  });

  it('counts duplicates once (trimmed, any case) and ignores blank skills', () => {
    const result = fit(['Java', ' java ', 'JAVA', '', '   ', 'Go'], 'Java developer');
    expect(result).toEqual({ score: 0.5, matched: ['Java'], missing: ['Go'] });
  });

  it('scores 1 when the job lists no skills, and 0 for an empty resume', () => {
    expect(fit([], 'anything')).toEqual({ score: 1, matched: [], missing: [] });
    expect(fit(['', ' '], '')).toEqual({ score: 1, matched: [], missing: [] });
    expect(fit(['Excel'], '')).toEqual({ score: 0, matched: [], missing: ['Excel'] });
  });

  it('matches full-width spellings of the same skill', () => {
    expect(mentionsSkill('Ｃ＋＋ programmer', 'C++')).toBe(true);
  });
});

describe('assessResumeFit: properties', () => {
  // Built from characters rather than fc.stringMatching, which is slow to generate.
  const chars = (alphabet: string, minLength: number, maxLength: number) =>
    fc.array(fc.constantFrom(...alphabet), { minLength, maxLength }).map((cs) => cs.join(''));
  const skillArb = chars('abcJSC01+#. -', 0, 12);
  const wordArb = chars('abcJSC01+#.', 1, 8);

  it('scores within [0, 1], and matched + missing partition the unique skills in job order', () => {
    fc.assert(
      fc.property(fc.array(skillArb, { maxLength: 8 }), fc.array(wordArb, { maxLength: 20 }), (skills, words) => {
        const result = fit(skills, words.join(' '));
        const unique = uniqueSkills(skills);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
        expect(result.matched.length + result.missing.length).toBe(unique.length);
        expect(unique.filter((s) => result.matched.includes(s))).toEqual(result.matched);
        expect(unique.filter((s) => result.missing.includes(s))).toEqual(result.missing);
        expect(result.score).toBe(unique.length === 0 ? 1 : result.matched.length / unique.length);
      }),
    );
  });

  it('finds every skill in a resume that lists them all, in any case', () => {
    fc.assert(
      fc.property(fc.array(skillArb, { maxLength: 8 }), (skills) => {
        const result = fit(skills, `Skills: ${skills.join(', ').toUpperCase()}.`);
        expect(result.missing).toEqual([]);
        expect(result.score).toBe(1);
      }),
    );
  });
});
