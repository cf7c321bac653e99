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
 * The API over the generated bindings `raw`. `ready()` throws when the
 * module cannot be used yet (the web build before `init()`).
 */
export function bind(raw, ready = () => {}) {
  function extract(text, options) {
    ready();
    checkText(text);
    let json;
    try {
      json = raw.extractJson(text, options);
    } catch (error) {
      rethrow(error);
    }
    return JSON.parse(json);
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
      return JSON.parse(this.#inner.extractJson(text));
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
