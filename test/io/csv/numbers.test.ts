import { describe, expect, it } from 'vitest';
import { readNumber, readValue } from '../../../src/io/csv/numbers.js';

describe('number grammar (default dialect)', () => {
  it.each([
    ['12', 12],
    ['-12.5', -12.5],
    ['0.5', 0.5],
    [' 42 ', 42],
    ['-0', 0],
    ['1000000000000000000000', 1e21],
    ['0.30000000000000004', 0.30000000000000004],
  ])('reads %j as %j', (text, value) => {
    const read = readNumber(text);
    expect(read).toEqual({ value });
    if ('value' in read) expect(Object.is(read.value, -0)).toBe(false);
  });

  it.each(['007', '00', '-007', '007.5', '00.5', '-00.5', ' 0123 '])('refuses %j with leading zeros, saying to write the number without them', (text) => {
    const read = readNumber(text);
    expect('issue' in read && read.issue.code).toBe('NUMBER_INVALID');
    expect('issue' in read && read.issue.message).toMatch(/leading zeros; write the number without them/);
  });

  it('suggests the number without its leading zeros, in the declared decimal separator', () => {
    expect(readNumber('007')).toMatchObject({ issue: { message: expect.stringContaining('(7)') as unknown } });
    expect(readNumber('-007.50')).toMatchObject({ issue: { message: expect.stringContaining('(-7.5)') as unknown } });
    expect(readNumber('007,5', { decimal: ',' })).toMatchObject({ issue: { message: expect.stringContaining('(7,5)') as unknown } });
  });

  it.each([
    ['0', 0],
    ['0.5', 0.5],
    ['-0.5', -0.5],
    ['0.05', 0.05],
    ['-0', 0],
    ['10', 10],
    ['100.0', 100],
  ])('still reads %j (a single 0 before the decimal separator is not a leading zero) as %j', (text, value) => {
    expect(readNumber(text)).toEqual({ value });
  });

  it.each([
    ['0e0', /exponent/],
    ['00e0', /exponent/],
    ['0x10', /hexadecimal/],
    ['0.', /0\.5/],
  ])('keeps refusing %j for its own reason, not for leading zeros', (text, message) => {
    const read = readNumber(text);
    expect('issue' in read && read.issue.code).toBe('NUMBER_INVALID');
    expect('issue' in read && read.issue.message).toMatch(message);
  });

  it.each([
    ['1e3', /exponent/],
    ['1E+06', /exponent/],
    ['0x10', /hexadecimal/],
    ['+2', /plus sign/],
    ['12,5', /decimal comma/],
    ['1 234', /thousands separator/],
    ['.5', /0\.5/],
    ['5.', /0\.5/],
    ['=1+2', /formula/],
    ['abc', /formula or text/],
    ['12%', /declared format/],
    ['1.2.3', /declared format/],
  ])('refuses %j', (text, message) => {
    const read = readNumber(text);
    expect('issue' in read && read.issue.code).toBe('NUMBER_INVALID');
    expect('issue' in read && read.issue.message).toMatch(message);
  });

  it('refuses numbers a double cannot hold exactly', () => {
    const read = readNumber('12345678901234567890');
    expect('issue' in read && read.issue.code).toBe('NUMBER_NOT_EXACT');
  });
});

describe('declared dialects', () => {
  it('reads decimal commas and thousands separators only when declared', () => {
    expect(readNumber('12,5', { decimal: ',' })).toEqual({ value: 12.5 });
    expect(readNumber('1.234.567,89', { decimal: ',', thousands: '.' })).toEqual({ value: 1234567.89 });
    expect(readNumber('1 234', { thousands: ' ' })).toEqual({ value: 1234 });
    expect(readNumber('1\u00a0234', { thousands: ' ' })).toEqual({ value: 1234 });
    expect(readNumber('1\u202f234,5', { thousands: ' ', decimal: ',' })).toEqual({ value: 1234.5 });
    expect(readNumber('1,234,567', { thousands: ',' })).toEqual({ value: 1234567 });
    expect(readNumber('1234567', { thousands: ',' })).toEqual({ value: 1234567 });
  });

  it('refuses malformed digit groups', () => {
    expect('issue' in readNumber('1,23,456', { thousands: ',' })).toBe(true);
    expect('issue' in readNumber('12,3456', { thousands: ',' })).toBe(true);
    expect('issue' in readNumber('12.5', { decimal: ',' })).toBe(true);
  });
});

describe('value cells per measure', () => {
  it.each(['', '  ', 'N/A', 'n/a', 'NA', '-', '..'])('reads %j as missing, never 0', (text) => {
    expect(readValue(text, 'count').kind).toBe('missing');
  });

  it('reads booleans in six spellings', () => {
    for (const text of ['true', 'TRUE', 'yes', 'Yes', '1']) expect(readValue(text, 'boolean')).toEqual({ kind: 'value', value: true });
    for (const text of ['false', 'no', '0']) expect(readValue(text, 'boolean')).toEqual({ kind: 'value', value: false });
    expect(readValue('maybe', 'boolean').kind).toBe('invalid');
  });

  it('accepts a percent sign only for percent indicators and only when declared', () => {
    expect(readValue('12%', 'percent', { percentSign: true })).toEqual({ kind: 'value', value: 12 });
    expect(readValue('12 %', 'percent', { percentSign: true })).toEqual({ kind: 'value', value: 12 });
    expect(readValue('12%', 'percent')).toMatchObject({ kind: 'invalid', issue: { code: 'PERCENT_SIGN_INVALID' } });
    expect(readValue('12%', 'count', { percentSign: true })).toMatchObject({ kind: 'invalid', issue: { code: 'PERCENT_SIGN_INVALID' } });
  });

  it('keeps ordinal codes trimmed and qualitative text as written', () => {
    expect(readValue(' tier3 ', 'ordinal')).toEqual({ kind: 'value', value: 'tier3' });
    expect(readValue(' two\nlines ', 'qualitative')).toEqual({ kind: 'value', value: ' two\nlines ' });
  });

  it('refuses a value with leading zeros for every numeric measure', () => {
    for (const measure of ['count', 'percent', 'ratio', 'rate', 'currency'] as const) {
      expect(readValue('007', measure)).toMatchObject({ kind: 'invalid', issue: { code: 'NUMBER_INVALID' } });
    }
    expect(readValue('007%', 'percent', { percentSign: true })).toMatchObject({ kind: 'invalid', issue: { code: 'NUMBER_INVALID' } });
    expect(readValue('007', 'ordinal')).toEqual({ kind: 'value', value: '007' });
  });

  it('reads a number for an unknown indicator when it can, text otherwise (the model then rejects the indicator)', () => {
    expect(readValue('5', undefined)).toEqual({ kind: 'value', value: 5 });
    expect(readValue('five', undefined)).toEqual({ kind: 'value', value: 'five' });
  });
});
