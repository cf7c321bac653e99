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
  const tape = { tokens, strings, text, codes, at: 0 };
  const out = [];
  while (tape.at < tokens.length) out.push(tapeValue(tape));
  return out;
}

// One value of the tape at `tape.at`, which moves past it. At module level
// (not a closure per call) so that the JIT's work on it carries over calls.
function tapeValue(tape) {
  const { tokens, codes } = tape;
  const t = tokens[tape.at++];
  if (t === codes.OBJ) {
    const o = {};
    for (let k = tokens[tape.at++]; k !== codes.END; k = tokens[tape.at++]) {
      o[tape.strings[k]] = tapeValue(tape);
    }
    return o;
  }
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
