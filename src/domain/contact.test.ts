import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactSearchKey, isLinkedInUrl, normaliseLinkedInUrl } from './contact.ts';

/** Addresses shaped like profile links, and nearly so: other hosts, odd characters, queries, spaces. */
const profileLikeUrl = fc
  .tuple(
    fc.constantFrom('https://', 'http://', 'HTTPS://', 'ftp://', '', ' https://'),
    fc.constantFrom('www.', 'no.', 'DE.', 'xyz.', 'www.no.', ''),
    fc.constantFrom('linkedin.com', 'LinkedIn.com', 'linkedin.co', 'linkedin.com.evil.example', 'notlinkedin.com'),
    fc.array(fc.constantFrom('/', '/in', '/Kari-Nordmann', '/_x9', '/%C3%B8', '/ø', '/..', '?x=1', '#a', ':80', ' '), {
      maxLength: 5,
    }),
  )
  .map(([scheme, sub, host, path]) => `${scheme}${sub}${host}${path.join('')}`);

/** What the two functions answered before they had a quick path for the usual shape. */
function referenceIsLinkedInUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    (host === 'linkedin.com' || host.endsWith('.linkedin.com'))
  );
}

function referenceNormaliseLinkedInUrl(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return trimmed.toLowerCase();
  }
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // as written
  }
  return `linkedin.com${path.replace(/\/+$/, '').toLowerCase()}`;
}

describe('LinkedIn addresses', () => {
  it('are recognised and compared as the URL parser reads them, whatever their shape', () => {
    fc.assert(
      fc.property(profileLikeUrl, (url) => {
        expect(isLinkedInUrl(url)).toBe(referenceIsLinkedInUrl(url));
        expect(normaliseLinkedInUrl(url)).toBe(referenceNormaliseLinkedInUrl(url));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('isLinkedInUrl', () => {
  it('accepts profiles on linkedin.com and its country subdomains', () => {
    expect(isLinkedInUrl('https://www.linkedin.com/in/ingrid')).toBe(true);
    expect(isLinkedInUrl('https://no.linkedin.com/in/ingrid')).toBe(true);
    expect(isLinkedInUrl('http://linkedin.com/in/ingrid')).toBe(true);
  });

  it('refuses other hosts, look-alikes and scripts', () => {
    expect(isLinkedInUrl('https://linkedin.com.evil.example/in/x')).toBe(false);
    expect(isLinkedInUrl('https://notlinkedin.com/in/x')).toBe(false);
    expect(isLinkedInUrl('javascript:alert(1)//linkedin.com')).toBe(false);
    expect(isLinkedInUrl('linkedin.com/in/x')).toBe(false);
  });
});

describe('contactSearchKey', () => {
  it('joins name, organisation, title and e-mail in folded form', () => {
    expect(
      contactSearchKey({ name: 'Bjørn', organisation: 'Statkraft', title: 'Analytiker', emails: ['B@Example.no'] }),
    ).toBe('bjorn statkraft analytiker b@example.no');
  });
});
