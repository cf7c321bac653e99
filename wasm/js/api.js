// The JavaScript face of shuzi, shared by the Node and web entry points:
// wraps the generated bindings so that results are plain objects and bad
// options throw a real `ShuziError` (an `Error` subclass with a `kind`).
// No domain logic: everything else happens in Rust.

/** An invalid option: `kind` is "unknown_kind", "invalid_date" or "invalid_option". */
export class ShuziError extends Error {
  constructor(kind, message) {
    super(message);
    this.name = "ShuziError";
    this.kind = kind;
  }
}

// The Rust side throws an `Error` with a `kind` property; give it its class.
function rethrow(error) {
  if (error instanceof Error && typeof error.kind === "string") {
    throw new ShuziError(error.kind, error.message);
  }
  throw error;
}

function checkText(text) {
  if (typeof text !== "string") {
    throw new TypeError(`text must be a string, not ${text === null ? "null" : typeof text}`);
  }
}

/**
 * Options with `instruments` given as an object (`{cue: [category, tool]}`)
 * turned into the TSV text the core reads; anything else is passed on.
 */
function withCueTable(options) {
  const cues = options?.instruments;
  if (cues === null || typeof cues !== "object" || Array.isArray(cues)) {
    return options;
  }
  const rows = Object.entries(cues).map(([cue, value]) => {
    if (!Array.isArray(value) || value.length !== 2) {
      throw new ShuziError("invalid_option", `invalid options: instruments[${JSON.stringify(cue)}] must be [category, tool]`);
    }
    return `${cue}\t${value[0]}\t${value[1]}\n`;
  });
  return { ...options, instruments: rows.join("") };
}

/**
 * The records of `text` from the tape `[tokens, strings, lengths]` that
 * `extractTape` returns (the codes and their meaning: wasm/src/tape.rs), or
 * from the JSON array string it returns instead if the tape could not be
 * written. The objects equal `JSON.parse(extractJson(text))`, key order
 * included; no JSON text is written, decoded or parsed.
 */
function fromTape(text, result, codes) {
  if (typeof result === "string") return JSON.parse(result);
  const [tokens, joined, lengths] = result;
  const strings = new Array(lengths.length);
  for (let i = 0, at = 0; i < lengths.length; i++) {
    strings[i] = joined.slice(at, (at += lengths[i]));
  }
  const tape = { tokens, strings, text, at: 0 };
  const out = [];
  while (tape.at < tokens.length) {
    if (tokens[tape.at] === codes.OBJ) {
      tape.at++;
      out.push(tapeObject(tape, codes));
    } else {
      out.push(tapeValue(tape, codes));
    }
  }
  return out;
}

// The object whose keys start at `tape.at` (just past its OBJ code), which
// moves past its END. The values a record holds (numbers, table strings,
// slices of the input, null, booleans) are read here, in one loop over a
// local position: a call per value through `tapeValue` and the position
// kept on `tape` cost a third of building the objects. At module level (not
// a closure per call) so that the JIT's work on it carries over calls.
function tapeObject(tape, codes) {
  const { tokens, strings, text } = tape;
  const { OBJ, END, NULL, TRUE, FALSE, NUM, STR, SLICE } = codes;
  const o = {};
  let at = tape.at;
  for (let k = tokens[at++]; k !== END; k = tokens[at++]) {
    const t = tokens[at++];
    let v;
    if (t === NUM) v = tokens[at++];
    else if (t === STR) v = strings[tokens[at++]];
    else if (t === SLICE) {
      v = text.slice(tokens[at], tokens[at + 1]);
      at += 2;
    } else if (t === NULL) v = null;
    else if (t === TRUE) v = true;
    else if (t === FALSE) v = false;
    else if (t === OBJ) {
      tape.at = at;
      v = tapeObject(tape, codes);
      at = tape.at;
    } else {
      throw new Error(`shuzi: bad tape code ${t} at ${at - 1}`);
    }
    o[strings[k]] = v;
  }
  tape.at = at;
  return o;
}

// One value of the tape at `tape.at`, which moves past it (a record is an
// object: see `tapeObject`; this reads anything else).
function tapeValue(tape, codes) {
  const { tokens } = tape;
  const t = tokens[tape.at++];
  if (t === codes.OBJ) return tapeObject(tape, codes);
  if (t === codes.NUM) return tokens[tape.at++];
  if (t === codes.STR) return tape.strings[tokens[tape.at++]];
  if (t === codes.SLICE) {
    tape.at += 2;
    return tape.text.slice(tokens[tape.at - 2], tokens[tape.at - 1]);
  }
  if (t === codes.NULL) return null;
  if (t === codes.TRUE) return true;
  if (t === codes.FALSE) return false;
  throw new Error(`shuzi: bad tape code ${t} at ${tape.at - 1}`);
}

/**
 * The API over the generated bindings `raw`. `ready()` throws when the
 * module cannot be used yet (the web build before `init()`).
 */
export function bind(raw, ready = () => {}) {
  // Read once, when first needed (the web build has no module before init()).
  let codes;
  const tapeCodes = () => {
    if (codes === undefined) {
      const [OBJ, END, NULL, TRUE, FALSE, NUM, STR, SLICE] = raw.tapeCodes();
      codes = { OBJ, END, NULL, TRUE, FALSE, NUM, STR, SLICE };
    }
    return codes;
  };

  function extract(text, options) {
    ready();
    checkText(text);
    let result;
    try {
      result = raw.extractTape(text, options);
    } catch (error) {
      rethrow(error);
    }
    return fromTape(text, result, tapeCodes());
  }

  function parsePolicy(text, options) {
    ready();
    checkText(text);
    let json;
    try {
      json = raw.parsePolicyJson(text, withCueTable(options));
    } catch (error) {
      rethrow(error);
    }
    return JSON.parse(json);
  }

  function facts(text, options) {
    ready();
    checkText(text);
    let json;
    try {
      json = raw.factsJson(text, options);
    } catch (error) {
      rethrow(error);
    }
    return JSON.parse(json);
  }

  class Extractor {
    #inner;

    constructor(options) {
      ready();
      try {
        this.#inner = new raw.Extractor(options);
      } catch (error) {
        rethrow(error);
      }
    }

    extract(text) {
      checkText(text);
      return fromTape(text, this.#inner.extractTape(text), tapeCodes());
    }

    facts(text) {
      checkText(text);
      return JSON.parse(this.#inner.factsJson(text));
    }

    /** Releases the WebAssembly memory now (it is also released when garbage-collected). */
    free() {
      this.#inner.free();
    }
  }

  function version() {
    ready();
    return raw.version();
  }

  return { extract, Extractor, facts, parsePolicy, version };
}
