/**
 * lz-string's `decompressFromEncodedURIComponent` (lz-string 1.5.0, WTFPL, by Pieroxy),
 * rewritten with a bound on the output. LZ output can grow quadratically with its input:
 * a 64 KB share link expanded to 392 million characters and froze the page for 18 s.
 * Here decompression stops as soon as the text would pass `maxChars` and answers
 * 'tooLarge', before the memory or the time is spent. Same format, same results otherwise
 * (tested against lz-string itself).
 */
const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const BASE_VALUE = new Map([...URI_SAFE].map((c, i) => [c, i] as const));

export type BoundedResult = { ok: true; text: string } | { ok: false; reason: 'damaged' | 'tooLarge' };

export function decompressUriSafeBounded(encoded: string, maxChars: number): BoundedResult {
  if (encoded === '') return { ok: false, reason: 'damaged' };
  // The alphabet has no « % »: one means a mail or chat client percent-encoded the link
  // (« + » as %2B, « $ » as %24), which the browser hands over as it is. A cut escape is damage.
  let decoded = encoded;
  if (encoded.includes('%')) {
    try {
      decoded = decodeURIComponent(encoded);
    } catch {
      return { ok: false, reason: 'damaged' };
    }
  }
  const input = decoded.replace(/ /g, '+');
  const length = input.length;
  const resetValue = 32;
  // Unknown characters read as 0, as in lz-string.
  const valueAt = (index: number) => BASE_VALUE.get(input.charAt(index)) ?? 0;
  const data = { val: valueAt(0), position: resetValue, index: 1 };
  const readBits = (count: number) => {
    let bits = 0;
    const maxpower = 2 ** count;
    let power = 1;
    while (power !== maxpower) {
      const resb = data.val & data.position;
      data.position >>= 1;
      if (data.position === 0) {
        data.position = resetValue;
        data.val = valueAt(data.index++);
      }
      bits |= (resb > 0 ? 1 : 0) * power;
      power <<= 1;
    }
    return bits;
  };

  const dictionary: string[] = [];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  const result: string[] = [];
  let total = 0;

  let c: string;
  switch (readBits(2)) {
    case 0:
      c = String.fromCharCode(readBits(8));
      break;
    case 1:
      c = String.fromCharCode(readBits(16));
      break;
    default:
      return { ok: false, reason: 'damaged' };
  }
  dictionary[3] = c;
  let w = c;
  result.push(c);
  total += 1;
  while (true) {
    if (data.index > length) return { ok: false, reason: 'damaged' };
    let code = readBits(numBits);
    switch (code) {
      case 0:
        dictionary[dictSize++] = String.fromCharCode(readBits(8));
        code = dictSize - 1;
        enlargeIn--;
        break;
      case 1:
        dictionary[dictSize++] = String.fromCharCode(readBits(16));
        code = dictSize - 1;
        enlargeIn--;
        break;
      case 2:
        return { ok: true, text: result.join('') };
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    const known = dictionary[code];
    if (known) entry = known;
    else if (code === dictSize) entry = w + w.charAt(0);
    else return { ok: false, reason: 'damaged' };
    total += entry.length;
    if (total > maxChars) return { ok: false, reason: 'tooLarge' };
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
