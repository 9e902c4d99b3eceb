import { render } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { HighlightedSnippet } from '../components/highlighted-snippet';
import { parseSnippet } from './snippet';

describe('search snippets', () => {
  it('keeps the highlighted words and decodes the escaped text', () => {
    expect(parseSnippet('Hiring a <mark>Forklift</mark> driver &amp; loader &#39;now&#39; &lt;3')).toEqual([
      { text: 'Hiring a ', marked: false },
      { text: 'Forklift', marked: true },
      { text: " driver & loader 'now' <3", marked: false },
    ]);
  });

  it('treats any other markup as text, so it can never run or style anything', () => {
    const hostile =
      '<img src=x onerror=alert(1)><mark>ok</mark><script>alert(2)</script><mark onclick="x">no</mark>&lt;mark&gt;escaped&lt;/mark&gt;';
    const { container } = render(
      <MantineProvider>
        <HighlightedSnippet snippet={hostile} />
      </MantineProvider>,
    );
    expect(container.querySelectorAll('img, script, [onclick], [onerror]')).toHaveLength(0);
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['ok']);
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('<script>alert(2)</script>');
    // An escaped "<mark>" in the job text is text, not a highlight.
    expect(container.textContent).toContain('<mark>escaped</mark>');
  });
});
