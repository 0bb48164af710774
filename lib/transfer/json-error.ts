/**
 * Where a JSON text goes wrong. JSON.parse's messages differ between engines and often give no
 * position ("Unexpected token 'j', "junk…" is not valid JSON"), so after it fails this scanner walks
 * the grammar (without building values, iteratively, so deep nesting cannot overflow the stack) to
 * the first offending character.
 */

export interface JsonSyntaxError {
  /** Offset of the offending character (UTF-16 code units), or the text's length when it ends early. */
  position: number;
  line: number;
  column: number;
  /** "unexpected "}"" or "the file ends too early". */
  problem: string;
}

type Frame = 'object' | 'array';

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const stack: Frame[] = [];
  const skipSpace = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t'))
      i++;
  };

  /** A string starting at i (the opening quote); returns the failing offset or -1. */
  const string = (): number => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return -1;
      }
      if (c < 0x20) return i;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return i + 1;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return i + 1;
        continue;
      }
      i++;
    }
    return i;
  };

  /** `"key":` of an object member; returns the failing offset or -1. */
  const key = (): number => {
    skipSpace();
    if (text[i] !== '"') return i;
    const failed = string();
    if (failed >= 0) return failed;
    skipSpace();
    if (text[i] !== ':') return i;
    i++;
    return -1;
  };

  /** A number, `true`, `false` or `null` at i; returns the failing offset or -1. */
  const scalar = (): number => {
    const c = text[i];
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (!match || match[0] === '-') return i + (match?.[0].length ?? 0);
      i += match[0].length;
      return -1;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text[i] !== word[0]) continue;
      let k = 0;
      while (k < word.length && text[i + k] === word[k]) k++;
      if (k < word.length) return i + k; // "tru}" fails at the "}"
      i += k;
      return -1;
    }
    return i;
  };

  // A loop over "expect a value" / "after a value" instead of recursion: nesting depth costs no stack.
  let expectValue = true;
  for (;;) {
    skipSpace();
    let failed = -1;
    if (expectValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          expectValue = false;
          continue;
        }
        stack.push(c === '{' ? 'object' : 'array');
        if (c === '{') failed = key();
      } else {
        failed = c === '"' ? string() : scalar();
        expectValue = false;
      }
    } else {
      const frame = stack[stack.length - 1];
      if (!frame) break;
      const c = text[i];
      if (c === ',') {
        i++;
        if (frame === 'object') failed = key();
        expectValue = true;
      } else if (c === (frame === 'object' ? '}' : ']')) {
        i++;
        stack.pop();
      } else failed = i;
    }
    if (failed >= 0) return locate(text, failed);
  }
  return i < text.length ? locate(text, i) : null;
}

function locate(text: string, at: number): JsonSyntaxError {
  const before = text.slice(0, at);
  const line = (before.match(/\n/g)?.length ?? 0) + 1;
  const column = at - (before.lastIndexOf('\n') + 1) + 1;
  const problem = at >= text.length ? 'the file ends too early' : `unexpected ${JSON.stringify(text[at])}`;
  return { position: at, line, column, problem };
}
