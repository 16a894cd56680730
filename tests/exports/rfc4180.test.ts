import { describe, expect, it } from 'vitest';
import { parseRfc4180 } from './rfc4180';

describe('the RFC 4180 reader used by the tests', () => {
  it('reads plain and quoted fields, doubled quotes, and line breaks inside quotes', () => {
    expect(parseRfc4180('a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\r\nlines",\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'two\r\nlines', ''],
    ]);
    expect(parseRfc4180('a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('refuses what RFC 4180 does not allow', () => {
    expect(() => parseRfc4180('a,b\n1,2\n')).toThrow(/LF/);
    expect(() => parseRfc4180('a,b\r\n1,x"y\r\n')).toThrow(/double quote inside/);
    expect(() => parseRfc4180('a,b\r\n"1"x,2\r\n')).toThrow(/where a comma or CRLF/);
    expect(() => parseRfc4180('a,b\r\n"1,2\r\n')).toThrow(/not closed/);
    expect(() => parseRfc4180('a,b\r\n1\r\n')).toThrow(/record 2 has 1 fields/);
  });
});
