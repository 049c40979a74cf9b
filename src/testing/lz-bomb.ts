/**
 * A decompression bomb in lz-string's URI-safe format, written bit by bit (compressing
 * hundreds of millions of characters would take minutes): one 'a', then each code names
 * the entry being built, so every step outputs one character more than the last.
 */
export function lzBomb(maxLength: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
  const bits: number[] = [];
  const write = (value: number, count: number) => {
    for (let i = 0; i < count; i++) bits.push((value >> i) & 1);
  };
  write(0, 2);
  write(97, 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  while (bits.length + numBits < (maxLength - 1) * 6) {
    write(dictSize, numBits);
    dictSize++;
    for (let twice = 0; twice < 1; twice++) {
      enlargeIn--;
      if (enlargeIn === 0) {
        enlargeIn = 2 ** numBits;
        numBits++;
      }
    }
  }
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let j = 0; j < 6; j++) v |= (bits[i + j] ?? 0) << (5 - j);
    out += alphabet[v];
  }
  return out;
}
