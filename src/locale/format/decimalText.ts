// Numbers as people read them, written without Intl. Intl.NumberFormat's first use in a process
// costs about 25 ms (ICU loads its locale data), which is most of what a one-off command spends
// formatting, and its output is only as stable as the ICU build underneath (Node's, or a
// browser's). English and Khmer reports write numbers the same way — Latin digits, `,` between
// thousands, `.` before decimals, `-` for negatives — so the text is built here, the same
// everywhere. test/locale/format/formatText.prop.test.ts holds it to Intl.NumberFormat.

/**
 * A finite number as decimal text, times 10^`shift`, with exactly `decimals` decimals: what
 * `Intl.NumberFormat('en', { numberingSystem: 'latn', minimumFractionDigits: decimals,
 * maximumFractionDigits: decimals, useGrouping })` prints (with `shift` 2, its `percent` style
 * without the `%`). Like Intl, it works on the number's shortest round-trip digits (what `String`
 * gives) and rounds them half away from zero; a negative number keeps its `-` even when it rounds
 * to zero.
 */
export function decimalText(value: number, decimals: number, shift: number, grouping: boolean): string {
  const negative = value < 0 || Object.is(value, -0);
  const { digits, point } = decimalDigits(Math.abs(value));
  const at = point + shift;
  let whole: string;
  let fraction: string;
  if (at <= 0) {
    whole = '0';
    fraction = '0'.repeat(-at) + digits;
  } else if (at >= digits.length) {
    whole = digits + '0'.repeat(at - digits.length);
    fraction = '';
  } else {
    whole = digits.slice(0, at);
    fraction = digits.slice(at);
  }
  if (fraction.length > decimals) {
    const up = fraction.charCodeAt(decimals) >= 53; // '5'
    fraction = fraction.slice(0, decimals);
    if (up) [whole, fraction] = addOneUnit(whole, fraction);
  } else fraction = fraction.padEnd(decimals, '0');
  whole = whole.replace(/^0+(?=\d)/u, '');
  if (grouping) whole = groupThousands(whole);
  return `${negative ? '-' : ''}${whole}${decimals > 0 ? `.${fraction}` : ''}`;
}

/** The shortest round-trip digits of a finite number ≥ 0, and how many of them come before the point. */
function decimalDigits(value: number): { digits: string; point: number } {
  const text = String(value);
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  if (dot < 0) return { digits: mantissa, point: mantissa.length + exponent };
  return { digits: mantissa.slice(0, dot) + mantissa.slice(dot + 1), point: dot + exponent };
}

/** `whole.fraction` plus one unit of its last place, as decimal text (a carry may lengthen `whole`). */
function addOneUnit(whole: string, fraction: string): [string, string] {
  const all = (whole + fraction).split('');
  let i = all.length - 1;
  while (i >= 0 && all[i] === '9') all[i--] = '0';
  if (i < 0) all.unshift('1');
  else all[i] = String(Number(all[i]) + 1);
  const cut = all.length - fraction.length;
  return [all.slice(0, cut).join(''), all.slice(cut).join('')];
}

/** `1234567` → `1,234,567`. */
function groupThousands(whole: string): string {
  let out = '';
  for (let end = whole.length; end > 0; end -= 3) out = end - 3 > 0 ? `,${whole.slice(end - 3, end)}${out}` : `${whole.slice(0, end)}${out}`;
  return out;
}
