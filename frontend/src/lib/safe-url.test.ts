import { safeUrl } from '@/lib/safe-url';

describe('safeUrl', () => {
  it('accepts only absolute URLs of the given protocols', () => {
    const link = ['http:', 'https:', 'mailto:'];
    expect(safeUrl('https://ok.example', link)).toBe('https://ok.example');
    expect(safeUrl(' mailto:a@example.org ', link)).toBe('mailto:a@example.org');
    expect(safeUrl('/relative', link)).toBeUndefined();
    expect(safeUrl('//evil.example', link)).toBeUndefined();
    expect(safeUrl('data:text/html,x', link)).toBeUndefined();
    expect(safeUrl('javascript:alert(1)', link)).toBeUndefined();
    expect(safeUrl('java\tscript:alert(1)', link)).toBeUndefined();
    expect(safeUrl('mailto:a@example.org', ['http:', 'https:'])).toBeUndefined();
  });
});
