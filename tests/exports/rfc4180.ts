/*
 * A strict reader of RFC 4180 CSV, for the tests: records end in CRLF, a field is either plain
 * (no comma, quote, CR or LF) or wrapped in double quotes with inner quotes doubled. Anything
 * else (a bare LF, a quote inside a plain field, text after a closing quote, rows of different
 * lengths) is an error, where a forgiving parser would guess.
 */
export function parseRfc4180(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let index = 0;
  const fail = (what: string): never => {
    throw new Error(`CSV, at character ${index}: ${what}`);
  };

  while (index < text.length) {
    let field = '';
    if (text[index] === '"') {
      index += 1;
      for (;;) {
        if (index >= text.length) fail('a quoted field is not closed');
        if (text[index] === '"') {
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        field += text[index];
        index += 1;
      }
    } else {
      while (index < text.length && !/[,\r\n"]/.test(text[index]!)) {
        field += text[index];
        index += 1;
      }
      if (text[index] === '"') fail('a double quote inside an unquoted field');
    }
    record.push(field);

    if (text[index] === ',') {
      index += 1;
      if (index === text.length) fail('the file ends after a comma');
    } else if (text.startsWith('\r\n', index)) {
      index += 2;
      records.push(record);
      record = [];
    } else if (index === text.length) {
      records.push(record);
      record = [];
    } else {
      fail(
        `"${text[index] === '\n' ? 'LF' : text[index] === '\r' ? 'CR' : text[index]}" where a comma or CRLF should be`,
      );
    }
  }

  const width = records[0]?.length;
  records.forEach((row, rowIndex) => {
    if (row.length !== width)
      throw new Error(`CSV: record ${rowIndex + 1} has ${row.length} fields, the first ${width}`);
  });
  return records;
}
