import { describe, expect, it } from 'vitest';
import { contactSearchKey, isLinkedInUrl } from './contact.ts';

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
