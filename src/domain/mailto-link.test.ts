import { describe, expect, it } from 'vitest';
import { isMailtoTooLong, mailtoHref, mailtoSafeLength } from './mailto-link.ts';

describe('mailtoHref', () => {
  it('puts the address, the subject and the body into one link, spaces as %20 and line breaks as %0D%0A', () => {
    expect(mailtoHref({ to: 'kari@example.no', subject: 'Your advice', body: 'Hello Kari,\n\nThanks!' })).toBe(
      'mailto:kari@example.no?subject=Your%20advice&body=Hello%20Kari%2C%0D%0A%0D%0AThanks!',
    );
  });

  it('encodes characters that would end a field or the link early, and letters outside ASCII as UTF-8', () => {
    const href = mailtoHref({ to: 'a@b.c', subject: 'A & B = C?', body: 'Grüße #1 100% +1' });
    expect(href).toBe('mailto:a@b.c?subject=A%20%26%20B%20%3D%20C%3F&body=Gr%C3%BC%C3%9Fe%20%231%20100%25%20%2B1');
    const url = new URL(href);
    expect(new URLSearchParams(url.search).get('body')).toBe('Grüße #1 100% +1');
  });

  it('leaves out empty fields and works without an address', () => {
    expect(mailtoHref({ to: '', subject: '', body: 'Hi' })).toBe('mailto:?body=Hi');
    expect(mailtoHref({ to: 'a@b.c', subject: '', body: '' })).toBe('mailto:a@b.c');
  });

  it('keeps the subject on one line', () => {
    expect(mailtoHref({ to: 'a@b.c', subject: 'one\r\ntwo', body: '' })).toBe('mailto:a@b.c?subject=one%20two');
  });
});

describe('isMailtoTooLong', () => {
  it('flags a link longer than mail programs reliably accept', () => {
    expect(isMailtoTooLong(mailtoHref({ to: 'a@b.c', subject: 's', body: 'x'.repeat(100) }))).toBe(false);
    expect(isMailtoTooLong(mailtoHref({ to: 'a@b.c', subject: 's', body: 'ø'.repeat(400) }))).toBe(true);
    expect(mailtoSafeLength).toBe(2000);
  });
});
