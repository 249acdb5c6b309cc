import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

interface Element {
  tag: string;
  attributes: Array<[name: string, value: string]>;
}

/**
 * Every opening tag in the output with its attributes, as a browser would read them. markdown-it
 * writes each attribute as name="value" with quotes escaped inside; anything else in a tag fails.
 */
function elementsOf(html: string): Element[] {
  return [...html.matchAll(/<([a-z][a-z0-9]*)((?:\s[^>]*)?)\/?>/gi)].map((match) => {
    const rest = match[2] ?? '';
    const attributes = [...rest.matchAll(/\s([a-z-]+)="([^"]*)"/gi)].map((attribute): [string, string] => [
      attribute[1] ?? '',
      attribute[2] ?? '',
    ]);
    expect(rest.replace(/\s([a-z-]+)="([^"]*)"/gi, '')).toBe('');
    return { tag: (match[1] ?? '').toLowerCase(), attributes };
  });
}

const allowedTags = new Set(['p', 'br', 'a', 'strong', 'em', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 's']);

describe('renderMarkdown', () => {
  it('renders the Markdown people write in notes', () => {
    const html = renderMarkdown('**Ask** about _pay_\n- one\n- two\n\nSee https://example.com');
    expect(html).toContain('<strong>Ask</strong>');
    expect(html).toContain('<em>pay</em>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain(
      '<a href="https://example.com" target="_blank" rel="noopener noreferrer">https://example.com</a>',
    );
  });

  it('keeps single line breaks, as typed', () => {
    expect(renderMarkdown('first line\nsecond line')).toBe('<p>first line<br>\nsecond line</p>\n');
  });

  it('opens every link in a new tab without a referrer or a handle back to Rapport', () => {
    const html = renderMarkdown('[profile](https://www.linkedin.com/in/someone)');
    expect(html).toBe(
      '<p><a href="https://www.linkedin.com/in/someone" target="_blank" rel="noopener noreferrer">profile</a></p>\n',
    );
  });

  const payloads = [
    '<script>window.__xss=1</script>',
    '<img src=x onerror="window.__xss=2">',
    '<svg onload="window.__xss=3"></svg>',
    '<a href="javascript:alert(1)">click</a>',
    '[click](javascript:alert(1))',
    '[click](JAVASCRIPT:alert(1))',
    '[click](  javascript:alert(1))',
    '[click](java\tscript:alert(1))',
    '[click](&#106;avascript:alert(1))',
    '[click](vbscript:msgbox(1))',
    '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
    '![x](https://tracker.example/pixel.png)',
    '<iframe src="https://example.com"></iframe>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '[x](https://example.com "a\\" onmouseover=\\"alert(1)")',
    '<javascript:alert(1)>',
  ];

  it.each(payloads)('renders %s inert', (payload) => {
    const html = renderMarkdown(payload);
    for (const element of elementsOf(html)) {
      expect(allowedTags).toContain(element.tag);
      for (const [name, value] of element.attributes) {
        expect(['href', 'title', 'target', 'rel']).toContain(name);
        if (name === 'href') expect(value).toMatch(/^https?:\/\//);
      }
    }
  });

  it('shows raw HTML as the text that was typed', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
  });
});
